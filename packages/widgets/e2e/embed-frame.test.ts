// The server's frame pages (/embed/…, @samverkan/server) for an intranet that allows only
// frames: the widget renders inside the frame with zero CSP violations in the frame and on the
// host page, in the language asked for; a site not on the allow-list (frame-ancestors) gets an
// empty frame; a frame on another site has no session, so it shows public records only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { embedUrl, freshNetwork, hostUrl, meetings, newPage, otherSiteUrl, people, useBrowser } from './support/browser.js';

useBrowser();

const violationsIn = (target: Pick<Page, 'evaluate'>) => target.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function openFrame(page: Page, site: string, path: string): Promise<void> {
  const query = new URLSearchParams({ src: `${embedUrl()}${path}`, title: 'Samverkan' });
  await page.goto(`${site}/host/frame.html?${query}`);
}

describe('in a frame (/embed/… on the server)', () => {
  it('shows a published agenda in a frame on an allowed site, in English, with no CSP violation in the frame or on the page', async () => {
    const network = await freshNetwork();
    const page = await newPage();
    await openFrame(page, hostUrl(), `/embed/${network}/agenda/${encodeURIComponent(meetings.published)}?lang=en`);
    const frame = page.frameLocator('iframe');
    await frame.locator('samverkan-agenda').getByRole('heading', { name: 'Agenda' }).waitFor();
    const child = page.frames().find((f) => f.url().startsWith(embedUrl()))!;
    expect(child.url()).toContain('/embed/');
    expect(await child.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await violationsIn(child)).toEqual([]);
    expect(await violationsIn(page)).toEqual([]);
  });

  it('shows an unknown meeting as a message inside the frame, not an empty frame', async () => {
    const network = await freshNetwork();
    const page = await newPage();
    await openFrame(page, hostUrl(), `/embed/${network}/minutes/${encodeURIComponent(`${network}:mote-finns-inte`)}`);
    await page.frameLocator('iframe').locator('samverkan-minutes').getByRole('alert').waitFor();
    const text = await page.frameLocator('iframe').locator('samverkan-minutes').getByRole('alert').innerText();
    expect(text).toContain(`Mötet «${network}:mote-finns-inte» har inga publicerade minnesanteckningar i nätverket «${network}».`);
  });

  it('stays empty on a site that is not on the allow-list', async () => {
    const network = await freshNetwork();
    const page = await newPage();
    const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
    await openFrame(page, otherSiteUrl(), `/embed/${network}/agenda/${encodeURIComponent(meetings.published)}`);
    expect((await refused).text()).toMatch(/violates the following Content Security Policy directive: "frame-ancestors/);
    await page.waitForLoadState('load');
    const child = page.frames().find((f) => f !== page.mainFrame())!;
    expect(child.url()).not.toContain('/embed/');
    expect(await page.frameLocator('iframe').locator('samverkan-agenda').count()).toBe(0);
  });

  it('has no session in a frame on another site: the widget reads as a visitor', async () => {
    const network = await freshNetwork();
    // Signed in on the host pages' site; the frame is on another site, so its requests carry no cookie (SameSite=Lax).
    const page = await newPage({ network, as: people.leader });
    await openFrame(page, hostUrl(), `/embed/${network}/upcoming-meetings?limit=10`);
    const upcoming = page.frameLocator('iframe').locator('samverkan-upcoming-meetings');
    await upcoming.getByRole('heading', { name: 'Kommande möten' }).waitFor();
    const child = page.frames().find((f) => f.url().startsWith(embedUrl()))!;
    const signedIn = await child.evaluate(async (n) => (await fetch(`/api/networks/${n}/me`)).status, network);
    expect(signedIn).toBe(401);
    expect(await violationsIn(child)).toEqual([]);
  });
});
