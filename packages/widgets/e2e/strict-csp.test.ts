// Host pages served with `default-src 'self'; script-src 'self'; style-src 'self'`: every
// widget, signed in and signed out, in both builds, renders and raises no CSP violation —
// no inline script or style, no eval (zod is told to be jitless), no injected <style>
// (react-aria's is replaced). A dialog (react-aria's modal) is opened too, since it is where
// react-aria injects on iOS and where focus and scroll locking happen.
import { describe, expect, it } from 'vitest';
import { cspViolations, freshNetwork, meetings, newPage, openHostPage, people, useBrowser } from './support/browser.js';

useBrowser();

describe('under a strict Content-Security-Policy', () => {
  it('the meeting widget signed in, with its confirmation dialog open, raises no violation', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    const response = await page.goto(`${(await import('./support/browser.js')).hostUrl()}/host/meeting.html?network=${network}&meeting=${meetings.collecting}`);
    expect(response?.headers()['content-security-policy']).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('button', { name: 'Publicera agenda' }).click();
    await meeting.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await meeting.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await cspViolations(page)).toEqual([]);
    expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
  });

  it('the read-only widgets signed out raise no violation', async () => {
    const network = await freshNetwork();
    const page = await newPage();
    await openHostPage(page, 'records', { network });
    await page.locator('samverkan-minutes').getByRole('heading', { name: 'Minnesanteckningar' }).waitFor();
    await page.locator('samverkan-agenda').getByRole('heading', { name: 'Dagordning' }).waitFor();
    expect(await cspViolations(page)).toEqual([]);
  });

  it('each element alone (its own script-tag file) raises no violation', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.representative });
    for (const bundle of ['samverkan-meeting', 'samverkan-widgets']) {
      await openHostPage(page, 'meeting', { network, meeting: meetings.drafted, bundle });
      await page.locator('samverkan-meeting').getByRole('heading', { name: 'Minnesanteckningar' }).waitFor();
      expect(await cspViolations(page), bundle).toEqual([]);
    }
    await openHostPage(page, 'minutes', { network });
    await page.locator('samverkan-minutes').getByText('Fingeravtryck (SHA-256)').waitFor();
    expect(await cspViolations(page)).toEqual([]);
  });

  it('the ES module build in a page with its own React raises no violation', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    await openHostPage(page, 'react-host', { network });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('button', { name: 'Publicera agenda' }).click();
    await meeting.getByRole('dialog').waitFor();
    await meeting.getByRole('button', { name: 'Avbryt' }).click();
    await meeting.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await cspViolations(page)).toEqual([]);
  });
});
