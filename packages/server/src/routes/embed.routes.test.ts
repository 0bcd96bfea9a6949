// The frame route (/embed/…): a page with one widget under a strict CSP, framed only by the
// configured sites, loading the widgets' script-tag build from the configured folder and nothing
// else. (The widget in such a frame, in Chromium, is tested in packages/widgets/e2e/embed-frame.test.ts.)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../config/config.schema.js';
import { firstMeeting, startTestServer, type TestServer } from '../test-support/server-test-support.js';

describe('the frame route /embed', () => {
  let dir: string;
  let t: TestServer;
  let off: TestServer;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-embed-'));
    await writeFile(join(dir, 'samverkan-meeting.js'), '/* the meeting widget */');
    await writeFile(join(dir, 'secret.txt'), 'not to be served');
    await writeFile(join(dir, 'samverkan-widgets.js'), `/* all four */\n${'customElements.define("x-y", class extends HTMLElement {});\n'.repeat(200)}`);
    t = await startTestServer({ config: { embedWidgetsDir: dir, embedFrameAncestors: ['https://intranat.kommun.example', 'https://*.sharepoint.com'] } });
    off = await startTestServer();
  });
  afterAll(async () => {
    await Promise.all([t.stop(), off.stop()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('serves a page with the widget, its attributes escaped, under a strict CSP framed only by the allow-list', async () => {
    const response = await t.request(`/embed/fyrbodal/meeting/${encodeURIComponent(firstMeeting)}?lang=en&heading-level=3&group=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'self' https://intranat.kommun.example https://*.sharepoint.com");
    // The page itself is not for other sites to read.
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('x-frame-options')).toBeNull();
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<script src="/embed/assets/samverkan-meeting.js" defer></script>');
    expect(html).toContain(`<samverkan-meeting network="fyrbodal" meeting="${firstMeeting}" lang="en" group="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;" heading-level="3"></samverkan-meeting>`);
    // Nothing inline: no script or style element with content, no style attribute.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style=/);
  });

  it('has a page for each widget, and none for an unknown one', async () => {
    for (const [path, tag] of [
      [`agenda/${firstMeeting}`, 'samverkan-agenda'],
      [`minutes/${firstMeeting}`, 'samverkan-minutes'],
      ['upcoming-meetings?limit=3', 'samverkan-upcoming-meetings'],
    ] as const) {
      const html = await (await t.request(`/embed/fyrbodal/${path}`)).text();
      expect(html, path).toContain(`<script src="/embed/assets/${tag}.js" defer></script>`);
      expect(html, path).toMatch(new RegExp(`<${tag} network="fyrbodal"[^>]*></${tag}>`));
      expect(html, path).toContain('<html lang="sv">');
    }
    expect((await t.request('/embed/fyrbodal/calendar/x')).status).toBe(404);
    expect((await t.request('/embed/fyrbodal/meeting')).status).toBe(404);
    const badNetwork = await t.request('/embed/Not%20A%20Network/upcoming-meetings');
    expect(badNetwork.status).toBe(404);
  });

  it('serves the script-tag builds by name from the folder, and nothing else in it', async () => {
    const script = await t.request('/embed/assets/samverkan-meeting.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=300');
    // Any intranet page may load it, as a classic script or as a module (fetched with CORS).
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(await script.text()).toBe('/* the meeting widget */');
    expect((await t.request('/embed/assets/embed.css')).headers.get('content-type')).toMatch(/^text\/css/);
    // Gzipped for a browser that takes it (fetch asks for it and unpacks it).
    const big = await t.request('/embed/assets/samverkan-widgets.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(big.headers.get('content-encoding')).toBe('gzip');
    expect(await big.text()).toMatch(/^\/\* all four \*\/\ncustomElements\.define/);
    for (const path of ['/embed/assets/secret.txt', '/embed/assets/..%2Fsecret.txt', '/embed/assets/%2E%2E%2F%2E%2E%2Fpackage.json', '/embed/assets/samverkan-agenda.js']) {
      const response = await t.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('not to be served');
    }
  });

  it('is off, with a reason, where no widgets folder is configured', async () => {
    const response = await off.request(`/embed/fyrbodal/meeting/${firstMeeting}`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { message: { sv: string; en: string } };
    expect(body.message.sv).toContain('EMBED_WIDGETS_DIR');
    expect(body.message.en).toMatch(/not turned on/);
  });

  it('reads the allow-list from EMBED_FRAME_ANCESTORS, and refuses anything but sites', () => {
    expect(configFromEnv({ EMBED_FRAME_ANCESTORS: 'https://intranat.kommun.example, https://*.sharepoint.com/', EMBED_WIDGETS_DIR: '/srv/widgets' })).toMatchObject({
      embedFrameAncestors: ['https://intranat.kommun.example', 'https://*.sharepoint.com'],
      embedWidgetsDir: '/srv/widgets',
    });
    expect(configFromEnv({}).embedFrameAncestors).toEqual([]);
    for (const bad of ['*', "'unsafe-inline'", 'intranat.kommun.example', 'https://*', 'https://x.example/path', 'https://a.example; script-src *']) {
      expect(() => configFromEnv({ EMBED_FRAME_ANCESTORS: bad }), bad).toThrow(/EMBED_FRAME_ANCESTORS: .* är ingen webbplats .* \/ .* is not a site/);
    }
  });
});
