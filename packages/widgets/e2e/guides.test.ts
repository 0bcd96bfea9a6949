// The guides' examples as written (docs/widgets/*.md, this package's README), each page served
// under the Content-Security-Policy its guide gives, from another origin than the Samverkan
// server (as an intranet is): they render, raise no CSP violation, and the brand stylesheet of
// the branding guide reaches inside the shadow roots.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cspViolations, freshNetwork, hostUrl, newPage, otherSiteUrl, people, useBrowser, widgetEvents } from './support/browser.js';

useBrowser();

async function openGuide(page: Page, name: string, network: string): Promise<string | undefined> {
  const response = await page.goto(`${otherSiteUrl()}/guide/${name}?network=${network}`);
  expect(response?.status()).toBe(200);
  return response?.headers()['content-security-policy'];
}

describe("the guides' examples", () => {
  it('the plain page: upcoming meetings, agenda and minutes signed out, branded, with no CSP violation', async () => {
    const network = await freshNetwork();
    const page = await newPage();
    const csp = await openGuide(page, 'plain-page', network);
    expect(csp).toBe(`default-src 'self'; script-src 'self' ${hostUrl()}; style-src 'self'; connect-src 'self' ${hostUrl()}`);
    await page.locator('samverkan-upcoming-meetings').getByRole('heading', { name: 'Kommande möten' }).waitFor();
    const agendaHeading = page.locator('samverkan-agenda').getByRole('heading', { name: 'Dagordning' });
    await agendaHeading.waitFor();
    await page.locator('samverkan-minutes').getByText('Fingeravtryck (SHA-256)').waitFor();
    // The brand's tokens, set on the elements by the page's stylesheet, are what the widget draws with.
    const inside = await agendaHeading.evaluate((h) => ({ font: getComputedStyle(h).fontFamily, accent: getComputedStyle(h).getPropertyValue('--sv-color-accent').trim() }));
    expect(inside.font).toMatch(/Georgia/);
    expect(inside.accent).toBe('#6b1d5c');
    expect((await widgetEvents(page)).filter((e) => e.type === 'samverkan-error')).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("the README's example renders under the same policy", async () => {
    const network = await freshNetwork();
    const page = await newPage();
    await openGuide(page, 'readme', network);
    await page.locator('samverkan-upcoming-meetings').getByRole('heading', { name: 'Kommande möten' }).waitFor();
    await page.locator('samverkan-minutes').getByText('Fingeravtryck (SHA-256)').waitFor();
    expect(await cspViolations(page)).toEqual([]);
  });

  it("Sitevision's module: the meeting for a member signed in to Samverkan on the same site, loaded as a module", async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    await openGuide(page, 'sitevision', network);
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('button', { name: 'Publicera agenda' }).waitFor();
    const ready = (await widgetEvents(page)).find((e) => e.type === 'samverkan-ready');
    expect(ready?.detail).toMatchObject({ network, signedIn: true });
    expect(await cspViolations(page)).toEqual([]);
  });
});
