import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { fyrbodalRuntime, KARIN, NETWORK, Providing } from './testing/fyrbodal.js';
import { useAttendance } from './use-attendance.js';

function Attendance({ start, end }: { start: string; end: string }) {
  const result = useAttendance({ groupId: NETWORK, period: { start, end } });
  const bengtsfors = result.organisations.find((o) => o.organisationId === 'fyrbodal:bengtsfors');
  return (
    <section>
      <p data-testid="held">{result.meetings.map((m) => m.meetingId).join(',')}</p>
      <p data-testid="never">{result.neverRepresented.join(',')}</p>
      <p data-testid="bengtsfors">{bengtsfors?.meetings.map((m) => m.statusLabel.sv).join(',')}</p>
    </section>
  );
}

describe('useAttendance', () => {
  it('shows which organisations came to the held meetings of a period, and follows a change of period', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <Attendance start="2019-01-01" end="2019-12-31" />
      </Providing>,
    );
    await expect
      .element(screen.getByTestId('held'))
      .toHaveTextContent('fyrbodal:mote-2019-01-24,fyrbodal:mote-2019-03-21,fyrbodal:mote-2019-05-16,fyrbodal:mote-2019-10-17');
    await expect.element(screen.getByTestId('never')).toHaveTextContent('fyrbodal:amal');
    // Bengtsfors had no representative until Nadja Borg was appointed in August.
    await expect
      .element(screen.getByTestId('bengtsfors'))
      .toHaveTextContent('Inte med på listan,Inte med på listan,Inte med på listan,Representerad');

    await screen.rerender(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <Attendance start="2019-06-01" end="2019-12-31" />
      </Providing>,
    );
    await expect.element(screen.getByTestId('held')).toHaveTextContent(/^fyrbodal:mote-2019-10-17$/);
    await expect.element(screen.getByTestId('bengtsfors')).toHaveTextContent(/^Representerad$/);
  });
});
