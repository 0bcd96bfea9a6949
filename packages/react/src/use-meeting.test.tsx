import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import type { Samverkan } from '@samverkan/core/runtime';
import { DECEMBER, fyrbodalRuntime, HELENA, KARIN, Providing, TODAY } from './testing/fyrbodal.js';
import { useMeeting } from './use-meeting.js';

function MeetingActions({ meetingId }: { meetingId: string }) {
  const { statusLabel, agendaDeadline, actions } = useMeeting(meetingId);
  return (
    <section>
      <p data-testid="status">{statusLabel ?? '–'}</p>
      <p data-testid="deadline">
        {agendaDeadline ? `${agendaDeadline.date} ${agendaDeadline.status ?? 'published'} ${agendaDeadline.label ?? ''}` : '–'}
      </p>
      <ul>
        {Object.values(actions).map((a) => (
          <li key={a.type} data-testid={a.type} data-allowed={String(a.allowed)} data-code={a.code ?? ''}>
            {a.label}
            {a.reasonText === undefined ? '' : ` — ${a.reasonText}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What core itself answers for the command, to compare the hook's explanation with. */
function coreAnswer(runtime: Samverkan, by: string, type: string, at = TODAY) {
  // The bare command of any type, as a string names it: core checks it as it would JSON from outside.
  return runtime.canUntrusted({ type, id: 'check', by, at, meetingId: DECEMBER });
}

describe('useMeeting', () => {
  it('offers the process leader the agenda commands of a meeting collecting items', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <MeetingActions meetingId={DECEMBER} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('status')).toHaveTextContent('Tar emot punkter');
    await expect.element(screen.getByTestId('publishAgenda')).toHaveAttribute('data-allowed', 'true');
    await expect.element(screen.getByTestId('proposeAgendaItem')).toHaveAttribute('data-allowed', 'true');
    await expect.element(screen.getByTestId('cancelMeeting')).toHaveAttribute('data-allowed', 'true');
    // Not in this state: the call is already open and the meeting is not held yet.
    await expect.element(screen.getByTestId('openCall')).toHaveAttribute('data-code', 'NOT_ALLOWED_NOW');
    await expect.element(screen.getByTestId('approveMinutes')).toHaveAttribute('data-code', 'NOT_ALLOWED_NOW');
  });

  it("refuses a representative the convener's commands with core's own reason", async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <MeetingActions meetingId={DECEMBER} />
      </Providing>,
    );
    const expected = coreAnswer(runtime, KARIN, 'publishAgenda');
    expect(expected.ok).toBe(false);
    if (expected.ok) return;
    await expect.element(screen.getByTestId('publishAgenda')).toHaveAttribute('data-code', 'NOT_AUTHORISED');
    await expect.element(screen.getByTestId('publishAgenda')).toHaveTextContent(`Publicera agenda — ${expected.message.sv}`);
    await expect.element(screen.getByTestId('publishAgenda')).toHaveTextContent('saknar befogenheten «Kalla till möte»');
    // A representative proposes items.
    await expect.element(screen.getByTestId('proposeAgendaItem')).toHaveAttribute('data-allowed', 'true');
  });

  it('tells the process leader that an agenda published after its deadline needs a reason', async () => {
    const runtime = await fyrbodalRuntime();
    const late = '2019-11-25T09:00:00+01:00';
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }} now={late}>
        <MeetingActions meetingId={DECEMBER} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('deadline')).toHaveTextContent('2019-11-21 passed Sista dag för agendan har passerat');
    await expect.element(screen.getByTestId('publishAgenda')).toHaveAttribute('data-code', 'NOT_ALLOWED_NOW');
    await expect.element(screen.getByTestId('publishAgenda')).toHaveTextContent('Skriv varför den publiceras sent');
    // With a reason core accepts it: the refusal was about the missing reason only.
    expect(runtime.can({ type: 'publishAgenda', id: 'c', by: HELENA, at: late, meetingId: DECEMBER, lateReason: 'Inväntade underlag' }).ok).toBe(true);
  });

  it('shows the agenda deadline as near the day before it', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <MeetingActions meetingId={DECEMBER} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('deadline')).toHaveTextContent('2019-11-21 near Sista dag för agendan närmar sig');
  });

  it('switches every label and reason to English with the locale', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <MeetingActions meetingId={DECEMBER} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('status')).toHaveTextContent('Tar emot punkter');
    await screen.rerender(
      <Providing runtime={runtime} actor={{ personId: KARIN }} locale="en">
        <MeetingActions meetingId={DECEMBER} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('status')).toHaveTextContent('Collecting agenda items');
    await expect.element(screen.getByTestId('publishAgenda')).toHaveTextContent('Publish the agenda');
    await expect.element(screen.getByTestId('publishAgenda')).toHaveTextContent('does not hold the authority “Convene meetings” here. It is held by: Process leader.');
    await expect.element(screen.getByTestId('deadline')).toHaveTextContent('The agenda deadline is near');
  });

  it('refuses every command for a meeting the runtime does not know, as not found', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <MeetingActions meetingId="fyrbodal:mote-1999-01-01" />
      </Providing>,
    );
    await expect.element(screen.getByTestId('status')).toHaveTextContent('–');
    for (const type of ['openCall', 'publishAgenda', 'rescheduleMeeting']) {
      await expect.element(screen.getByTestId(type)).toHaveAttribute('data-code', 'NOT_FOUND');
    }
  });
});
