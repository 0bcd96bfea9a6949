import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { createSampleRuntime, sampleReferenceDates } from '@samverkan/core/samples';
import { SamverkanProvider } from './samverkan-provider.js';
import { useSeminarProgramme } from './use-seminar-programme.js';

function Programme({ programmeId }: { programmeId: string }) {
  const { overview, esf } = useSeminarProgramme({ programmeId });
  return (
    <section>
      {overview.themes.map((t) => (
        <p key={t.themeId} data-testid={t.themeId}>
          {t.statusLabel.sv}: {t.counts.notHeld} not held, {t.counts.awaitingReport} awaiting, {t.counts.reported} reported, {t.counts.cancelled} cancelled
        </p>
      ))}
      <p data-testid="themes">{overview.themes.length}</p>
      <p data-testid="esf">
        {esf.lines.length} lines; from seminars: {esf.seminarIds.join(',')}
      </p>
    </section>
  );
}

function Actions({ seminarId }: { seminarId: string }) {
  const { actions } = useSeminarProgramme({ programmeId: 'ehalsalyftet' });
  return (
    <ul>
      {Object.values(actions[seminarId] ?? {}).map((a) => (
        <li key={a.type} data-testid={a.type}>
          {a.allowed ? 'allowed' : `${a.code} ${a.reasonText}`}
        </li>
      ))}
    </ul>
  );
}

describe('useSeminarProgramme', () => {
  it("shows each theme's seminars by reporting status and follows a cancelled seminar", async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    const now = sampleReferenceDates.ehalsalyftet;
    const screen = await render(
      <SamverkanProvider runtime={runtime} actor={{ personId: 'ehalsalyftet:person-011' }} now={now}>
        <Programme programmeId="ehalsalyftet" />
      </SamverkanProvider>,
    );
    await expect.element(screen.getByTestId('themes')).toHaveTextContent('3');
    await expect.element(screen.getByTestId('ehalsalyftet:tema-2')).toHaveTextContent('1 not held, 1 awaiting, 1 reported, 0 cancelled');
    // Hours reported through the seminar lifecycle count in the ESF report.
    await expect.element(screen.getByTestId('esf')).toHaveTextContent('from seminars: ehalsalyftet:tema-2-vardcentral-norrviken');

    const cancelled = await runtime.dispatch({
      type: 'cancelSeminar',
      id: 'cancel-geriatrik',
      by: 'ehalsalyftet:person-011',
      at: now,
      seminarId: 'ehalsalyftet:tema-2-geriatriska-kliniken',
      reason: 'Kliniken flyttar under hösten',
    });
    expect(cancelled.ok).toBe(true);
    await expect.element(screen.getByTestId('ehalsalyftet:tema-2')).toHaveTextContent('0 not held, 1 awaiting, 1 reported, 1 cancelled');
  });

  it("asks core which seminar commands a development leader may take: their own unit's, not another's", async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    const now = sampleReferenceDates.ehalsalyftet;
    const seminar = 'ehalsalyftet:tema-2-rehabiliteringsmottagningen';
    const screen = await render(
      <SamverkanProvider runtime={runtime} actor={{ personId: 'ehalsalyftet:person-013' }} now={now}>
        <Actions seminarId={seminar} />
      </SamverkanProvider>,
    );
    await expect.element(screen.getByTestId('reportSeminar')).toHaveTextContent('allowed');
    // Held already: it cannot be held again.
    await expect.element(screen.getByTestId('holdSeminar')).toHaveTextContent('NOT_ALLOWED_NOW');
    await screen.rerender(
      <SamverkanProvider runtime={runtime} actor={{ personId: 'ehalsalyftet:person-011' }} now={now}>
        <Actions seminarId={seminar} />
      </SamverkanProvider>,
    );
    await expect.element(screen.getByTestId('reportSeminar')).toHaveTextContent('NOT_AUTHORISED Rebecka Ekberg saknar befogenheten «Rapportera tid och närvaro»');
  });

  it('shows nothing of another programme', async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    const screen = await render(
      <SamverkanProvider runtime={runtime} actor={{ personId: 'ehalsalyftet:person-011' }} now={sampleReferenceDates.ehalsalyftet}>
        <Programme programmeId="ett-annat-program" />
      </SamverkanProvider>,
    );
    await expect.element(screen.getByTestId('themes')).toHaveTextContent('0');
    await expect.element(screen.getByTestId('esf')).toHaveTextContent('0 lines; from seminars:');
  });
});
