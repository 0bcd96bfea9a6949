/**
 * `/embed/…`: a page with one widget of `@samverkan/widgets`, for an intranet that allows only
 * frames (an `<iframe>` where a script tag is not allowed). The page is this server's own, so
 * the widget reads the API on the same origin; who may frame it is the configured allow-list
 * (`frame-ancestors`), and the page carries the same strict Content-Security-Policy the widgets
 * are tested under — no inline script or style anywhere.
 *
 *   /embed/{network}/meeting/{meetingId}        <samverkan-meeting>
 *   /embed/{network}/agenda/{meetingId}         <samverkan-agenda>
 *   /embed/{network}/minutes/{meetingId}        <samverkan-minutes>
 *   /embed/{network}/upcoming-meetings          <samverkan-upcoming-meetings>
 *
 * `?lang=sv|en`, `?group=`, `?limit=` and `?heading-level=` become the element's attributes; the
 * widget checks them (and the meeting) itself and says in the page what is wrong. A frame on
 * another site gets no session cookie (it is `SameSite=Lax`), so there it shows public records.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv, ServerParts } from '../server/app-env.js';
import { errorBody, HttpError } from '../server/http-errors.js';
import { networkParam } from './network-access.js';

const widgets = {
  meeting: { needsMeeting: true, title: { sv: 'Möte', en: 'Meeting' } },
  agenda: { needsMeeting: true, title: { sv: 'Dagordning', en: 'Agenda' } },
  minutes: { needsMeeting: true, title: { sv: 'Minnesanteckningar', en: 'Minutes' } },
  'upcoming-meetings': { needsMeeting: false, title: { sv: 'Kommande möten', en: 'Upcoming meetings' } },
} as const;
type EmbedWidget = keyof typeof widgets;

/** The query parameters passed on as attributes (the widget checks their values). */
const passedOn = ['lang', 'group', 'limit', 'heading-level'] as const;

/** Only the script-tag builds are served, by name: nothing else in the folder, no paths. */
const ASSET = /^samverkan-(meeting|agenda|minutes|upcoming-meetings|widgets)\.js(\.map)?$/;

/** The page's own stylesheet (a file, as `style-src 'self'` asks): no margins around the widget. */
const pageCss = 'html,body{margin:0;padding:0;background:transparent}body{padding:1px}\n';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const notOn = () =>
  new HttpError(
    errorBody('NOT_FOUND', {
      sv: 'Inbäddning i ram är inte påslagen på den här servern (EMBED_WIDGETS_DIR).',
      en: 'Embedding in a frame is not turned on on this server (EMBED_WIDGETS_DIR).',
    }),
  );

/** The Content-Security-Policy of an embed page: strict, and framed only by the allow-list. */
export function embedContentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
  ].join('; ');
}

export function embedRoutes(parts: ServerParts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const dir = parts.config.embedWidgetsDir;
  const csp = embedContentSecurityPolicy(parts.config.embedFrameAncestors);

  // The script files are some 300 kB as they are, 85 kB gzipped: sent gzipped to a browser that takes it.
  app.use('/assets/*', compress({ encoding: 'gzip' }));

  app.get('/assets/embed.css', (c) => {
    if (!dir) throw notOn();
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(pageCss, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.get('/assets/:file', async (c) => {
    if (!dir) throw notOn();
    const file = c.req.param('file');
    if (!ASSET.test(file)) throw new HttpError(errorBody('NOT_FOUND', { sv: 'Filen finns inte.', en: 'There is no such file.' }, { file: file.slice(0, 80) }));
    let content: Buffer;
    try {
      content = await readFile(join(dir, file));
    } catch {
      parts.log.warn('embed: a widget file is missing', { file });
      throw new HttpError(errorBody('NOT_FOUND', { sv: 'Filen finns inte.', en: 'There is no such file.' }, { file }));
    }
    // Short: a new release of the widgets reaches the frames within minutes.
    c.header('Cache-Control', 'public, max-age=300');
    // The same files are what intranet pages load (the guides): public, for any site, also as
    // `<script type="module">`, which a browser fetches with CORS.
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(new Uint8Array(content), 200, { 'Content-Type': file.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8' });
  });

  function page(c: Context<AppEnv>, widget: EmbedWidget, meetingId: string | undefined) {
    if (!dir) throw notOn();
    const network = networkParam(c);
    const attributes: [string, string][] = [['network', network]];
    if (meetingId !== undefined) attributes.push(['meeting', meetingId]);
    for (const name of passedOn) {
      const value = c.req.query(name);
      if (value !== undefined) attributes.push([name, value.slice(0, 200)]);
    }
    const lang = /^en\b/i.test(c.req.query('lang') ?? '') ? 'en' : 'sv';
    const tag = `samverkan-${widget}`;
    const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(widgets[widget].title[lang])} – Samverkan</title>
<link rel="stylesheet" href="/embed/assets/embed.css">
<script src="/embed/assets/${tag}.js" defer></script>
</head>
<body>
<main>
<${tag} ${attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ')}></${tag}>
</main>
</body>
</html>
`;
    c.header('Content-Security-Policy', csp);
    c.header('Referrer-Policy', 'same-origin');
    return c.html(html);
  }

  for (const widget of Object.keys(widgets) as EmbedWidget[]) {
    if (widgets[widget].needsMeeting) app.get(`/:network/${widget}/:meetingId`, (c) => page(c, widget, c.req.param('meetingId')));
    else app.get(`/:network/${widget}`, (c) => page(c, widget, undefined));
  }

  return app;
}
