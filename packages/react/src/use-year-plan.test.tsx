import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { DECEMBER, fyrbodalRuntime, HELENA, Providing, TODAY } from './testing/fyrbodal.js';
import { useYearPlan } from './use-year-plan.js';

const SERIES = 'fyrbodal:natverksmote';

const conference = { date: '2020-05-28', reason: { sv: 'regional konferens', en: 'regional conference' } };

function YearPlan({ year, weekday }: { year: number; weekday?: number }) {
  const options = weekday === undefined ? {} : { proposal: { preferredWeekday: weekday, blockedDates: [conference] } };
  const plan = useYearPlan({ seriesId: SERIES, year, ...options });
  const proposal = plan.proposal?.ok ? plan.proposal.value : [];
  return (
    <section>
      <p data-testid="series">{plan.series?.name ?? '-'}</p>
      <p data-testid="meetings">{plan.meetings.map((m) => `${m.date}=${m.status}${m.agendaLate ? '/late' : ''}${m.minutesOverdue ? '/overdue' : ''}`).join(' ')}</p>
      <p data-testid="days-off">{plan.daysOff.map((d) => `${d.date} ${d.name.sv}`).join('; ')}</p>
      <p data-testid="proposal">{proposal.map((p) => (p.movedFrom ? `${p.date}<${p.movedFrom} ${p.reason?.sv ?? ''}` : p.date)).join(' ')}</p>
    </section>
  );
}

describe('useYearPlan', () => {
  it("shows the series' meetings of 2019 with their states, the late agenda and the overdue minutes, and follows a cancellation", async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <YearPlan year={2019} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('series')).toHaveTextContent('Möte för nätverk');
    await expect
      .element(screen.getByTestId('meetings'))
      .toHaveTextContent(
        '2019-01-24=published 2019-03-21=published/late 2019-05-23=published 2019-08-29=cancelled 2019-10-17=minutesDrafted/overdue 2019-12-05=collectingItems',
      );
    await expect.element(screen.getByTestId('days-off')).toHaveTextContent('2019-06-21 midsommarafton');
    await expect.element(screen.getByTestId('proposal')).toHaveTextContent(/^$/);

    const result = await runtime.dispatch({ type: 'cancelMeeting', id: 'cancel-december', by: HELENA, at: TODAY, meetingId: DECEMBER, reason: 'Krockar med e-rådets möte' });
    expect(result.ok).toBe(true);
    await expect.element(screen.getByTestId('meetings')).toHaveTextContent(/2019-12-05=cancelled$/);
  });

  it("asks core for a year's dates and says why one moved", async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <YearPlan year={2020} weekday={4} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('meetings')).toHaveTextContent(/^2020-01-23=planned/);
    await expect.element(screen.getByTestId('proposal')).toHaveTextContent(/^2020-01-30 2020-03-26 2020-06-04<2020-05-28 regional konferens /);
  });

  it('knows no series it has not been given', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <YearPlan year={2019} weekday={4} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('series')).toHaveTextContent('Möte för nätverk');
    await screen.rerender(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <YearPlanOf seriesId="fyrbodal:finns-inte" />
      </Providing>,
    );
    await expect.element(screen.getByTestId('unknown')).toHaveTextContent('0 meetings, no series, no proposal');
  });
});

function YearPlanOf({ seriesId }: { seriesId: string }) {
  const plan = useYearPlan({ seriesId, year: 2019, proposal: { preferredWeekday: 4 } });
  return (
    <p data-testid="unknown">
      {plan.meetings.length} meetings, {plan.series ? 'a series' : 'no series'}, {plan.proposal ? 'a proposal' : 'no proposal'}
    </p>
  );
}
