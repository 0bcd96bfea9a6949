// The meeting widget as people use it: by keyboard alone, a refused step with core's reason,
// a change made in another session arriving live, and a step the server refuses after all.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { commandAs, cspViolations, freshNetwork, meetings, newPage, openHostPage, people, useBrowser, widgetEvents } from './support/browser.js';

useBrowser();

/** The element that has focus, inside the widget's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('samverkan-meeting')?.shadowRoot?.activeElement;
    return active ? `${active.localName}:${active.textContent?.trim() ?? ''}` : `page:${document.activeElement?.localName}`;
  });

async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).endsWith(text)) return;
  }
  throw new Error(`Tab never reached «${text}» (last: ${await focused(page)})`);
}

describe('the meeting widget', () => {
  it('hands a member the meeting’s invitation for a calendar, as the server makes it, with no CSP violation', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.representative });
    await openHostPage(page, 'meeting', { network, meeting: meetings.collecting });
    const button = page.locator('samverkan-meeting').getByRole('button', { name: 'Lägg till i kalender' });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain(`UID:${meetings.collecting}@samverkan`);
    expect(text).toContain('TZID=Europe/Stockholm');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('shows a member the meeting with her steps already in it, so nothing below them moves when they arrive', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    // Every frame until the meeting first shows: what the widget painted then (before the fix the
    // meeting came first and its steps a moment later, pushing the facts and the page down).
    await page.addInitScript(() => {
      const seen = { steps: -1 };
      (window as unknown as { firstMeetingFrame: typeof seen }).firstMeetingFrame = seen;
      const look = () => {
        const meeting = document.querySelector('samverkan-meeting')?.shadowRoot?.querySelector('.sv-widget__meeting');
        if (meeting) seen.steps = meeting.querySelectorAll('.sv-meeting-lifecycle button').length;
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await openHostPage(page, 'meeting', { network, meeting: meetings.collecting });
    await page.locator('samverkan-meeting').getByRole('button', { name: 'Publicera agenda' }).waitFor();
    const first = await page.evaluate(() => (window as unknown as { firstMeetingFrame: { steps: number } }).firstMeetingFrame.steps);
    expect(first).toBe(await page.locator('samverkan-meeting .sv-meeting-lifecycle button').count());
    expect(first).toBeGreaterThan(0);
  });

  it('offers no calendar file to a visitor who is signed out (the invitation names the attendees)', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network });
    await openHostPage(page, 'meeting', { network, meeting: meetings.published });
    await page.locator('samverkan-meeting').getByRole('heading', { name: 'Nätverksmöte 3/2019' }).waitFor();
    expect(await page.locator('samverkan-meeting').getByRole('button', { name: 'Lägg till i kalender' }).count()).toBe(0);
  });

  it('is used by keyboard alone: a confirmed step opens a dialog, Escape returns focus, Enter confirms', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    await openHostPage(page, 'meeting', { network, meeting: meetings.collecting });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('button', { name: 'Publicera agenda' }).waitFor();

    await tabTo(page, 'Publicera agenda');
    await page.keyboard.press('Enter');
    const dialog = meeting.getByRole('dialog', { name: 'Publicera agenda?' });
    await dialog.waitFor();
    // Focus moved into the dialog and stays there.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(d.getRootNode() instanceof ShadowRoot ? (d.getRootNode() as ShadowRoot).activeElement : null))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button:Publicera agenda');

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, 'Publicera agenda');
    await page.keyboard.press('Enter');
    await meeting.getByRole('status').filter({ hasText: 'Klart: Publicera agenda.' }).waitFor();
    await meeting.locator('[aria-current="step"]', { hasText: 'Agenda publicerad' }).waitFor();
    const events = await widgetEvents(page);
    expect(events.find((e) => e.type === 'samverkan-action')?.detail).toMatchObject({ type: 'publishAgenda', network, meetingId: meetings.collecting });

    // Proposing is closed once the agenda is out; the next step is the invitations.
    await meeting.getByRole('button', { name: 'Skicka kallelse' }).waitFor();
    expect(await meeting.getByRole('heading', { name: 'Föreslå en punkt' }).count()).toBe(0);
  });

  it("shows a refused step with core's reason under «Varför kan jag inte …?», not as a dead button", async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.representative });
    await openHostPage(page, 'meeting', { network, meeting: meetings.collecting });
    const meeting = page.locator('samverkan-meeting');
    // What the representative may do is there: propose an item.
    await meeting.getByRole('heading', { name: 'Föreslå en punkt' }).waitFor();
    expect(await meeting.getByRole('button', { name: 'Publicera agenda' }).count()).toBe(0);
    await meeting.getByText('Varför kan jag inte …?').click();
    const refused = meeting.locator('[data-action="publishAgenda"]');
    await refused.waitFor();
    // Core's words for a missing authority (the server's NOT_AUTHORISED), with the step named.
    expect(await refused.getAttribute('data-code')).toBe('NOT_AUTHORISED');
    expect(await refused.innerText()).toMatch(/Publicera agenda[\s\S]*Karin Ekdahl[\s\S]*saknar befogenheten/);
  });

  it('receives a change made in another session live, without reloading', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.representative });
    await openHostPage(page, 'meeting', { network, meeting: meetings.collecting });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('heading', { name: 'Nätverksmöte 6/2019' }).waitFor();
    await meeting.locator('[aria-current="step"]', { hasText: 'Tar emot punkter' }).waitFor();
    let loads = 0;
    page.on('load', () => loads++);

    // Someone else proposes an item, then the leader publishes the agenda, each in their own session.
    expect(
      await commandAs(network, 'fyrbodal:person-004', { type: 'proposeAgendaItem', meetingId: meetings.collecting, item: { id: 'live-item', title: 'Punkt från en annan session', kind: 'information', durationMinutes: 10 } }),
    ).toBe(201);
    await meeting.getByRole('heading', { name: 'Punkt från en annan session' }).waitFor();
    expect(await commandAs(network, people.leader, { type: 'publishAgenda', meetingId: meetings.collecting })).toBe(201);
    await meeting.locator('[aria-current="step"]', { hasText: 'Agenda publicerad' }).waitFor();
    expect(loads).toBe(0);
  });

  it("keeps a step the server refuses after all in the dialog, in core's words, and tells the host", async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    await openHostPage(page, 'meeting', { network, meeting: meetings.drafted });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('button', { name: 'Justera minnesanteckningarna' }).click();
    const dialog = meeting.getByRole('dialog');
    await dialog.waitFor();
    // Meanwhile the minutes are approved from another session.
    expect(await commandAs(network, people.leader, { type: 'approveMinutes', meetingId: meetings.drafted })).toBe(201);
    await dialog.getByRole('button', { name: 'Justera minnesanteckningarna' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('NOT_ALLOWED_NOW');
    expect(await refusal.textContent()).toMatch(/Det gick inte/);
    const error = (await widgetEvents(page)).find((e) => e.type === 'samverkan-error');
    expect(error?.detail).toMatchObject({ code: 'NOT_ALLOWED_NOW', command: 'approveMinutes' });
    expect(String(error?.detail.text)).toBe((await refusal.textContent())?.replace(/^Det gick inte: /, ''));
  });

  it('proposes an agenda item for a representative; a bad proposal gets core\'s located refusal', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.representative });
    await openHostPage(page, 'meeting', { network, meeting: meetings.collecting });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByLabel('Rubrik').waitFor();
    await meeting.getByRole('button', { name: 'Skicka förslaget' }).click();
    const refusal = meeting.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('VALIDATION');
    await meeting.getByLabel('Rubrik').fill('Välfärdsteknik i hemtjänsten');
    await meeting.getByLabel('Typ av punkt').selectOption('information');
    await meeting.getByRole('button', { name: 'Skicka förslaget' }).click();
    await meeting.getByRole('heading', { name: 'Välfärdsteknik i hemtjänsten' }).waitFor();
    expect(await meeting.getByLabel('Rubrik').inputValue()).toBe('');
  });
});
