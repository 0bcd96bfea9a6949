// axe-core (WCAG 2.1 A and AA) over each widget inside its shadow root, signed in and signed
// out, in Swedish and English, at 1280 px and 320 px (a 1280 px window at 400 % zoom), and with
// the confirmation dialog open. axe is loaded from the host's own origin, so the page's strict
// CSP stays as it is.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshNetwork, meetings, newPage, openHostPage, people, useBrowser } from './support/browser.js';

useBrowser();

interface AxeResult {
  violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[]; failureSummary: string }> }>;
  passes: unknown[];
}

async function axe(page: Page): Promise<AxeResult['violations']> {
  await page.addScriptTag({ url: '/test/axe.js' });
  const result = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run;
    return run(
      { include: [['samverkan-meeting'], ['samverkan-upcoming-meetings'], ['samverkan-agenda'], ['samverkan-minutes']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
  });
  // axe looked at something: the widgets were there and rendered.
  expect(result.passes.length).toBeGreaterThan(3);
  return result.violations.map((v) => ({ ...v, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
}

describe('accessibility inside the shadow roots (axe, WCAG 2.1 A/AA)', () => {
  for (const width of [1280, 320]) {
    for (const lang of ['sv', 'en']) {
      it(`the meeting widget for its leader, and its dialog, at ${width} px in ${lang}`, async () => {
        const network = await freshNetwork();
        const page = await newPage({ network, as: people.leader, width });
        await openHostPage(page, 'meeting', { network, meeting: meetings.collecting, lang });
        const meeting = page.locator('samverkan-meeting');
        const publish = meeting.getByRole('button', { name: lang === 'sv' ? 'Publicera agenda' : 'Publish the agenda' });
        await publish.waitFor();
        await meeting.getByRole('heading', { name: lang === 'sv' ? 'Dagordning' : 'Agenda' }).waitFor();
        expect(await axe(page)).toEqual([]);
        await publish.click();
        await meeting.getByRole('dialog').waitFor();
        expect(await axe(page)).toEqual([]);
      });
    }
  }

  it('the meeting widget for a representative (refused steps, the proposal form) and minutes awaiting approval', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.representative });
    await openHostPage(page, 'meeting', { network, meeting: meetings.collecting });
    await page.locator('samverkan-meeting').getByLabel('Rubrik').waitFor();
    expect(await axe(page)).toEqual([]);
    await openHostPage(page, 'meeting', { network, meeting: meetings.drafted });
    await page.locator('samverkan-meeting').getByRole('heading', { name: 'Minnesanteckningar' }).waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('the upcoming meetings and the meeting together, and the public records signed out', async () => {
    const network = await freshNetwork();
    const member = await newPage({ network, as: people.representative });
    await openHostPage(member, 'two-widgets', { network });
    await member.locator('samverkan-upcoming-meetings').getByText('Nätverksmöte 6/2019').waitFor();
    await member.locator('samverkan-meeting').getByRole('heading', { name: 'Dagordning' }).waitFor();
    expect(await axe(member)).toEqual([]);
    const visitor = await newPage({ width: 320 });
    await openHostPage(visitor, 'records', { network });
    await visitor.locator('samverkan-minutes').getByText('Fingeravtryck (SHA-256)').waitFor();
    await visitor.locator('samverkan-agenda').getByRole('heading', { name: 'Dagordning' }).waitFor();
    expect(await axe(visitor)).toEqual([]);
  });

  it('a widget showing a problem', async () => {
    const page = await newPage();
    await openHostPage(page, 'meeting', { meeting: meetings.collecting });
    await page.locator('samverkan-meeting').getByRole('alert').waitFor();
    expect(await axe(page)).toEqual([]);
  });
});
