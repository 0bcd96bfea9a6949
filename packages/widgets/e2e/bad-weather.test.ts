// Bad input and bad weather: a missing or wrong attribute, an unknown meeting, a server that
// goes away and comes back, a sign-in that ends — each a clear message inside the widget in its
// language and a `samverkan-error` event, never a blank box or an error on the host's page.
import { afterEach, describe, expect, it } from 'vitest';
import { freshNetwork, meetings, newContext, newPage, openHostPage, outage, people, useBrowser, widgetEvents } from './support/browser.js';

useBrowser();

afterEach(() => outage(false));

describe('bad input', () => {
  it('names a missing attribute, in Swedish and in English', async () => {
    const page = await newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await openHostPage(page, 'meeting', { meeting: meetings.collecting });
    const alert = page.locator('samverkan-meeting').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Attributet «network» saknas.');
    await openHostPage(page, 'meeting', { meeting: meetings.collecting, lang: 'en' });
    await page.locator('samverkan-meeting').getByRole('alert').getByText('The attribute «network» is missing.').waitFor();
    const events = await widgetEvents(page);
    expect(events).toEqual([{ type: 'samverkan-error', tag: 'samverkan-meeting', detail: expect.objectContaining({ code: 'BAD_ATTRIBUTE', attribute: 'network', text: 'The attribute «network» is missing.' }) }]);
    expect(pageErrors).toEqual([]);
  });

  it('names wrong attributes and stays shown in Swedish for a language it does not have', async () => {
    const page = await newPage();
    await openHostPage(page, 'meeting', { network: 'Fyrbodal Nät', meeting: 'möte med mellanslag', server: 'ftp://example.se' });
    const alert = page.locator('samverkan-meeting').getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Attributet «server» ska vara Samverkan-serverns adress');
    expect(text).toContain('Attributet «network» ska vara ett nätverks namn');
    expect(text).toContain('Attributet «meeting» ska vara ett mötes id');
    const network = await freshNetwork();
    await openHostPage(page, 'meeting', { network, meeting: meetings.published, lang: 'de' });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByText('Attributet «lang» ska vara sv eller en, inte «de». Widgeten visas på svenska.').waitFor();
    await meeting.getByRole('heading', { name: 'Nätverksmöte 3/2019' }).waitFor();
  });

  it('says an unknown meeting is not there, signed in and signed out', async () => {
    const network = await freshNetwork();
    const signedIn = await newPage({ network, as: people.representative });
    await openHostPage(signedIn, 'meeting', { network, meeting: 'fyrbodal:mote-1999-01-01' });
    await signedIn.locator('samverkan-meeting').getByRole('alert').getByText(`Mötet «fyrbodal:mote-1999-01-01» finns inte i nätverket «${network}».`).waitFor();
    expect((await widgetEvents(signedIn)).map((e) => e.detail.code)).toEqual(['NOT_FOUND']);
    const signedOut = await newPage();
    await openHostPage(signedOut, 'meeting', { network: 'no-such-network', meeting: meetings.collecting, lang: 'en' });
    const alert = signedOut.locator('samverkan-meeting').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/no-such-network/);
    expect((await widgetEvents(signedOut)).map((e) => e.detail.code)).toEqual(['NOT_FOUND']);
  });
});

describe('bad weather', () => {
  it('says the server cannot be reached, keeps trying, and shows the meeting when it is back', async () => {
    const network = await freshNetwork();
    await outage(true);
    const page = await newPage({ network, as: people.representative });
    await openHostPage(page, 'meeting', { network, meeting: meetings.collecting });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('alert').getByText(/Samverkan går inte att nå just nu/).waitFor();
    expect((await widgetEvents(page)).some((e) => e.type === 'samverkan-error' && e.detail.code === 'UNREACHABLE')).toBe(true);
    await outage(false);
    await meeting.getByRole('heading', { name: 'Nätverksmöte 6/2019' }).waitFor({ timeout: 30_000 });
    expect(await meeting.getByRole('alert').count()).toBe(0);
  });

  it('reconnects the live stream after the server was away, and shows what changed meanwhile', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.representative });
    await openHostPage(page, 'meeting', { network, meeting: meetings.collecting });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('heading', { name: 'Nätverksmöte 6/2019' }).waitFor();
    await outage(true);
    await meeting.getByRole('status').getByText('Anslutningen till Samverkan bröts. Försöker igen …').waitFor();
    // The content stays while the server is away.
    expect(await meeting.getByRole('heading', { name: 'Nätverksmöte 6/2019' }).count()).toBe(1);
    // A change the widget cannot hear about while the server is away (made on the server itself).
    await outage(false);
    const leader = await newContext({ network, as: people.leader });
    const leaderPage = await leader.newPage();
    await openHostPage(leaderPage, 'meeting', { network, meeting: meetings.collecting });
    await leaderPage.locator('samverkan-meeting').getByRole('button', { name: 'Publicera agenda' }).click();
    await leaderPage.locator('samverkan-meeting').getByRole('dialog').getByRole('button', { name: 'Publicera agenda' }).click();
    await meeting.locator('[aria-current="step"]', { hasText: 'Agenda publicerad' }).waitFor({ timeout: 30_000 });
    await meeting.getByRole('status').getByText('Anslutningen till Samverkan bröts. Försöker igen …').waitFor({ state: 'detached' });
  });

  it('says when the sign-in has ended and falls back to the public records', async () => {
    const network = await freshNetwork();
    const context = await newContext({ network, as: people.representative });
    const page = await context.newPage();
    await openHostPage(page, 'meeting', { network, meeting: meetings.drafted });
    const meeting = page.locator('samverkan-meeting');
    await meeting.getByRole('heading', { name: 'Minnesanteckningar' }).waitFor();
    // The session ends (the cookie is gone); the next thing the widget asks is refused.
    await context.clearCookies();
    const leader = await newPage({ network, as: people.leader });
    await openHostPage(leader, 'meeting', { network, meeting: meetings.drafted });
    await leader.locator('samverkan-meeting').getByRole('button', { name: 'Justera minnesanteckningarna' }).click();
    await leader.locator('samverkan-meeting').getByRole('dialog').getByRole('button', { name: 'Justera minnesanteckningarna' }).click();
    await meeting.getByText('Din inloggning har gått ut. Logga in igen för att se och göra mer.').first().waitFor({ timeout: 30_000 });
    // Drafted minutes are working material: signed out, they are not shown.
    await meeting.getByText('Du ser mötets allmänna handlingar. Logga in för att se arbetsmaterialet.').waitFor();
    expect(await meeting.getByRole('heading', { name: 'Minnesanteckningar' }).count()).toBe(0);
    expect((await widgetEvents(page)).some((e) => e.type === 'samverkan-error' && e.detail.code === 'NOT_SIGNED_IN')).toBe(true);
  });
});
