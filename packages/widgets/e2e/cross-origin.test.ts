// An intranet page on another origin than the Samverkan server (intranat.region.se beside
// samverkan.region.se): with its site in the server's ALLOWED_ORIGINS the widget reads, follows
// the live stream and acts across origins (CORS, the session cookie of the same site), under the
// page's strict CSP with the server added to connect-src.
import { describe, expect, it } from 'vitest';
import { cspViolations, freshNetwork, hostUrl, meetings, newPage, otherSiteUrl, people, useBrowser, widgetEvents } from './support/browser.js';

useBrowser();

describe('on a page of another origin', () => {
  it('lets the process leader publish the agenda through the server at its own address, with no CSP violation', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    const query = new URLSearchParams({ server: hostUrl(), network, meeting: meetings.collecting });
    const response = await page.goto(`${otherSiteUrl()}/host/cross-origin.html?${query}`);
    expect(response?.headers()['content-security-policy']).toBe(`default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${hostUrl()}`);
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('button', { name: 'Publicera agenda' }).click();
    await meeting.getByRole('dialog', { name: 'Publicera agenda?' }).getByRole('button', { name: 'Publicera agenda' }).click();
    await meeting.locator('[aria-current="step"]', { hasText: 'Agenda publicerad' }).waitFor();
    const events = await widgetEvents(page);
    expect(events.find((e) => e.type === 'samverkan-action')?.detail).toMatchObject({ type: 'publishAgenda', network, meetingId: meetings.collecting });
    expect(events.filter((e) => e.type === 'samverkan-error')).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe("a host with its own sign-in (the element's tokenProvider)", () => {
  it('signs the person in with the bearer token the host gives, acts with it, and says so in the widget when the token stops checking out', async () => {
    const network = await freshNetwork();
    // No Samverkan session at all: only the host's token can sign anyone in.
    const page = await newPage();
    const query = new URLSearchParams({ server: hostUrl(), network, meeting: meetings.collecting });
    await page.goto(`${otherSiteUrl()}/host/cross-origin.html?${query}`);
    const meeting = page.locator('samverkan-meeting');
    // Signed out, a meeting whose agenda is not out is no public record.
    await meeting.getByRole('alert').getByText(/finns inte som allmän handling/).waitFor();

    const { token } = (await (await fetch(`${hostUrl()}/test/token?network=${network}&person=${encodeURIComponent(people.leader)}`)).json()) as { token: string };
    await page.evaluate((t) => {
      const w = window as unknown as { tokenCalls: number };
      w.tokenCalls = 0;
      (document.querySelector('samverkan-meeting') as HTMLElement & { tokenProvider: () => Promise<string> }).tokenProvider = async () => {
        w.tokenCalls++;
        return t;
      };
    }, token);
    await meeting.getByRole('button', { name: 'Publicera agenda' }).click();
    await meeting.getByRole('dialog', { name: 'Publicera agenda?' }).getByRole('button', { name: 'Publicera agenda' }).click();
    await meeting.locator('[aria-current="step"]', { hasText: 'Agenda publicerad' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { tokenCalls: number }).tokenCalls)).toBeGreaterThan(2);
    const events = await widgetEvents(page);
    expect(events.find((e) => e.type === 'samverkan-ready' && e.detail.signedIn === true)?.detail).toMatchObject({ network, signedIn: true });
    expect(events.find((e) => e.type === 'samverkan-action')?.detail).toMatchObject({ type: 'publishAgenda', network, meetingId: meetings.collecting });

    // The host's sign-in ends: its provider now gives a token the server refuses.
    await page.evaluate(() => {
      (document.querySelector('samverkan-meeting') as HTMLElement & { tokenProvider: () => string }).tokenProvider = () => 'expired.token';
    });
    await meeting.getByRole('alert').waitFor();
    await expect.poll(async () => (await widgetEvents(page)).some((e) => e.type === 'samverkan-error' && e.detail.code === 'NOT_SIGNED_IN')).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
  });
});
