// Two widgets of one network on one page share one connection: one sign-in check, one copy of
// the state, one live stream.
import { describe, expect, it } from 'vitest';
import { freshNetwork, newPage, openHostPage, people, useBrowser } from './support/browser.js';

useBrowser();

describe('two widgets on one page', () => {
  it('share one connection to the server', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.representative });
    const requests: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) requests.push(`${request.method()} ${path.replace(`/api/networks/${network}`, '')}`);
    });
    await openHostPage(page, 'two-widgets', { network });
    await page.locator('samverkan-upcoming-meetings').getByRole('heading', { name: 'Kommande möten' }).waitFor();
    await page.locator('samverkan-upcoming-meetings').getByText('Nätverksmöte 6/2019').waitFor();
    await page.locator('samverkan-meeting').getByRole('heading', { name: 'Nätverksmöte 6/2019' }).waitFor();
    await page.waitForTimeout(500);
    const count = (what: string) => requests.filter((r) => r === what).length;
    expect(count('GET /me')).toBe(1);
    expect(count('GET /events')).toBe(1);
    expect(count('GET /state')).toBe(1);
  });
});
