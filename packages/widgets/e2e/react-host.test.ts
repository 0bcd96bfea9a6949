// The ES module build in a page with React of its own: the widget renders with the page's
// React (19), and the page's own React app keeps working beside it.
import { describe, expect, it } from 'vitest';
import { cspViolations, freshNetwork, newPage, openHostPage, people, useBrowser, widgetEvents } from './support/browser.js';

useBrowser();

describe("a page with its own React", () => {
  it('renders the meeting widget with the page\'s React, and both keep working', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await openHostPage(page, 'react-host', { network });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('heading', { name: 'Nätverksmöte 6/2019' }).waitFor();
    await page.locator('#host-counter').click();
    await page.locator('#host-counter', { hasText: 'Värdsidans räknare: 1' }).waitFor();
    // The widget brought no React of its own: the page loaded only its app's files.
    expect(requests.filter((path) => path.startsWith('/widgets/'))).toEqual([]);
    await meeting.getByRole('button', { name: 'Publicera agenda' }).click();
    await meeting.getByRole('dialog').getByRole('button', { name: 'Publicera agenda' }).click();
    await meeting.locator('[aria-current="step"]', { hasText: 'Agenda publicerad' }).waitFor();
    expect((await widgetEvents(page)).filter((e) => e.type === 'samverkan-action').map((e) => e.detail.type)).toEqual(['publishAgenda']);
    expect(await cspViolations(page)).toEqual([]);
  });
});
