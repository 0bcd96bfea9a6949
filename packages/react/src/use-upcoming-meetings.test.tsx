import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { DECEMBER, fyrbodalRuntime, HELENA, JANUARY_2020, KARIN, Providing, TODAY } from './testing/fyrbodal.js';
import { useUpcomingMeetings } from './use-upcoming-meetings.js';

function Upcoming() {
  const meetings = useUpcomingMeetings({ personId: KARIN, limit: 2 });
  return (
    <ol>
      {meetings.map((m) => (
        <li key={m.meetingId}>
          {m.meetingId} {m.daysUntil} {m.statusLabel.sv}
        </li>
      ))}
    </ol>
  );
}

describe('useUpcomingMeetings', () => {
  it("lists a representative's next meetings from the provider's today and drops a cancelled one", async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <Upcoming />
      </Providing>,
    );
    await expect.element(screen.getByRole('listitem').first()).toHaveTextContent(`${DECEMBER} 15 Tar emot punkter`);
    await expect.element(screen.getByRole('listitem').last()).toHaveTextContent(`${JANUARY_2020} 64 Planerat`);

    const cancelled = await runtime.dispatch({ type: 'cancelMeeting', id: 'cancel-dec', by: HELENA, at: TODAY, meetingId: DECEMBER, reason: 'Sammanfaller med e-rådet' });
    expect(cancelled.ok).toBe(true);
    await expect.element(screen.getByRole('listitem').first()).toHaveTextContent(`${JANUARY_2020} 64 Planerat`);
  });
});
