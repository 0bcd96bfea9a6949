// Signed out, a visitor sees only what is a public record: published agendas and published
// minutes (with their fingerprint) — never proposed items, drafts or the people's names — and
// the server is asked nothing that is working material.
import { describe, expect, it } from 'vitest';
import { commandAs, freshNetwork, meetings, newPage, openHostPage, people, useBrowser } from './support/browser.js';

useBrowser();

describe('signed-out visitors', () => {
  it('see a published meeting\'s agenda and minutes, and nothing of the working material', async () => {
    const network = await freshNetwork();
    const page = await newPage();
    const answered: string[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/api/')) answered.push(`${response.status()} ${path.replace(`/api/networks/${network}`, '')}`);
    });
    await openHostPage(page, 'records', { network });
    const minutes = page.locator('samverkan-minutes');
    await minutes.getByRole('heading', { name: 'Minnesanteckningar' }).waitFor();
    await minutes.getByText('Fingeravtryck (SHA-256)').waitFor();
    const agenda = page.locator('samverkan-agenda');
    await agenda.getByRole('heading', { name: 'Dagordning' }).waitFor();
    // The record names no person by their id (the public records carry ids, not names).
    expect(await agenda.textContent()).not.toMatch(/fyrbodal:person-/);
    expect(await minutes.textContent()).not.toMatch(/fyrbodal:person-/);
    expect(answered).toContain('200 /public');
    expect(answered.filter((a) => /\/(state|people|log|events)$/.test(a))).toEqual([]);
  });

  it('see a meeting whose agenda is published, without its proposals form or steps', async () => {
    const network = await freshNetwork();
    const page = await newPage();
    await openHostPage(page, 'meeting', { network, meeting: meetings.drafted });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('heading', { name: 'Nätverksmöte 5/2019' }).waitFor();
    await meeting.getByText('Du ser mötets allmänna handlingar. Logga in för att se arbetsmaterialet.').waitFor();
    await meeting.getByRole('heading', { name: 'Dagordning' }).waitFor();
    // Drafted minutes are working material.
    expect(await meeting.getByRole('heading', { name: 'Minnesanteckningar' }).count()).toBe(0);
    expect(await meeting.getByRole('button').count()).toBe(0);
  });

  it('are told a meeting whose agenda is not published is not a public record', async () => {
    const network = await freshNetwork();
    const page = await newPage();
    for (const [tag, page_] of [['samverkan-meeting', 'meeting'], ['samverkan-minutes', 'minutes']] as const) {
      await openHostPage(page, page_, { network, meeting: meetings.collecting });
      const alert = page.locator(tag).getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(tag === 'samverkan-meeting' ? /finns inte som allmän handling/ : /har inga publicerade minnesanteckningar/);
    }
  });

  it('see the meetings ahead whose agenda is published', async () => {
    const network = await freshNetwork();
    const page = await newPage();
    // The visitor's clock on the sample's day (signed out, the widget dates by the page's clock).
    await page.clock.setFixedTime(new Date('2019-11-20T12:00:00+01:00'));
    await openHostPage(page, 'two-widgets', { network });
    const upcoming = page.locator('samverkan-upcoming-meetings');
    await upcoming.getByRole('heading', { name: 'Kommande möten' }).waitFor();
    await upcoming.getByText('Inga kommande möten med publicerad agenda.').waitFor();
    // Once the leader publishes the next meeting's agenda, it is listed.
    expect(await commandAs(network, people.leader, { type: 'publishAgenda', meetingId: meetings.collecting })).toBe(201);
    await page.reload();
    await upcoming.getByRole('heading', { name: 'Nätverksmöte 6/2019' }).waitFor();
  });
});
