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
