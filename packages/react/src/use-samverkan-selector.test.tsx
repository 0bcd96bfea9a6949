import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { command, type RuntimeState } from '@samverkan/core/runtime';
import { DECEMBER, fyrbodalRuntime, HELENA, JANUARY_2020, KARIN, Providing, TODAY } from './testing/fyrbodal.js';
import { useMeeting } from './use-meeting.js';
import { useSamverkanSelector } from './use-samverkan-selector.js';

function MeetingCard({ meetingId, renders }: { meetingId: string; renders: Map<string, number> }) {
  renders.set(meetingId, (renders.get(meetingId) ?? 0) + 1);
  const { meeting, statusLabel } = useMeeting(meetingId);
  return (
    <p data-testid={meetingId}>
      {statusLabel} {meeting?.agenda.length}
    </p>
  );
}

const plannedIds = (s: RuntimeState) => [...s.meetings.values()].filter((m) => m.status === 'planned').map((m) => m.id);

function PlannedList({ renders, isEqual }: { renders: { count: number }; isEqual?: (a: string[], b: string[]) => boolean }) {
  renders.count += 1;
  const ids = useSamverkanSelector(plannedIds, isEqual);
  return <p data-testid="planned">{ids.length}</p>;
}

const propose = (id: string) => command({
  type: 'proposeAgendaItem',
  id: `propose-${id}`,
  by: KARIN,
  at: TODAY,
  meetingId: DECEMBER,
  item: { id, title: 'Digitala nyckelsystem', kind: 'information', durationMinutes: 20 },
});

describe('useSamverkanSelector', () => {
  it('does not render a component showing one meeting again when another meeting changes', async () => {
    const runtime = await fyrbodalRuntime();
    const renders = new Map<string, number>();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <MeetingCard meetingId={DECEMBER} renders={renders} />
        <MeetingCard meetingId={JANUARY_2020} renders={renders} />
      </Providing>,
    );
    await expect.element(screen.getByTestId(DECEMBER)).toHaveTextContent('Tar emot punkter 3');
    const before = { december: renders.get(DECEMBER)!, january: renders.get(JANUARY_2020)! };

    expect((await runtime.dispatch(propose('nyckelsystem'))).ok).toBe(true);
    await expect.element(screen.getByTestId(DECEMBER)).toHaveTextContent('Tar emot punkter 4');
    expect(renders.get(DECEMBER)).toBeGreaterThan(before.december);
    expect(renders.get(JANUARY_2020)).toBe(before.january);

    // And the other way round: opening January's call renders January, not December.
    const december = renders.get(DECEMBER)!;
    expect((await runtime.dispatch({ type: 'openCall', id: 'open-jan', by: HELENA, at: TODAY, meetingId: JANUARY_2020 })).ok).toBe(true);
    await expect.element(screen.getByTestId(JANUARY_2020)).toHaveTextContent('Tar emot punkter 0');
    expect(renders.get(JANUARY_2020)).toBeGreaterThan(before.january);
    expect(renders.get(DECEMBER)).toBe(december);
  });

  it('compares a derived selection shallowly, so an equal list does not render again', async () => {
    const runtime = await fyrbodalRuntime();
    const renders = { count: 0 };
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <PlannedList renders={renders} />
        <MeetingCard meetingId={DECEMBER} renders={new Map()} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('planned')).toHaveTextContent('6');
    const before = renders.count;
    // December is not planned: the list of planned meetings stays the same.
    expect((await runtime.dispatch(propose('nyckelsystem'))).ok).toBe(true);
    // Once December's card shows the change, React has processed it everywhere.
    await expect.element(screen.getByTestId(DECEMBER)).toHaveTextContent('Tar emot punkter 4');
    expect(renders.count).toBe(before);
    // January leaves the planned state: the list changes and the component renders.
    expect((await runtime.dispatch({ type: 'openCall', id: 'open-jan', by: HELENA, at: TODAY, meetingId: JANUARY_2020 })).ok).toBe(true);
    await expect.element(screen.getByTestId('planned')).toHaveTextContent('5');
    expect(renders.count).toBe(before + 1);
  });

  it('uses the equality it is given: by identity, every change renders a derived list again', async () => {
    const runtime = await fyrbodalRuntime();
    const renders = { count: 0 };
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <PlannedList renders={renders} isEqual={Object.is} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('planned')).toHaveTextContent('6');
    const before = renders.count;
    expect((await runtime.dispatch(propose('nyckelsystem'))).ok).toBe(true);
    await expect.poll(() => renders.count).toBe(before + 1);
  });
});
