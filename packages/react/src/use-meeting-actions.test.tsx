import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { command, type Samverkan } from '@samverkan/core/runtime';
import { DECEMBER, fyrbodalRuntime, HELENA, JANUARY_2020, KARIN, Providing, TODAY } from './testing/fyrbodal.js';
import { useMeeting } from './use-meeting.js';
import { useMeetingActions } from './use-meeting-actions.js';

/**
 * Records the type of every command the runtime is asked about, then answers as before. Probes
 * are stand-in payloads, so they ask `canUntrusted`; typed `can` is recorded too.
 */
function recordProbes(runtime: Samverkan): string[] {
  const asked: string[] = [];
  const can = runtime.can.bind(runtime);
  const canUntrusted = runtime.canUntrusted.bind(runtime);
  runtime.can = (command) => {
    asked.push(command.type);
    return can(command);
  };
  runtime.canUntrusted = (command) => {
    asked.push(String((command as { type?: unknown }).type));
    return canUntrusted(command);
  };
  return asked;
}

function AgendaPart({ meetingId }: { meetingId: string }) {
  const actions = useMeetingActions(meetingId, ['proposeAgendaItem', 'publishAgenda']);
  return (
    <ul>
      {Object.values(actions).map((a) => (
        <li key={a.type} data-testid={`part-${a.type}`} data-allowed={String(a.allowed)} data-code={a.code ?? ''}>
          {a.label}
          {a.reasonText === undefined ? '' : ` — ${a.reasonText}`}
        </li>
      ))}
    </ul>
  );
}

function WholeMeeting({ meetingId }: { meetingId: string }) {
  const { actions } = useMeeting(meetingId);
  return (
    <ul>
      {Object.values(actions).map((a) => (
        <li key={a.type} data-testid={`all-${a.type}`}>
          {a.label}
          {a.reasonText === undefined ? '' : ` — ${a.reasonText}`}
        </li>
      ))}
    </ul>
  );
}

const propose = (meetingId: string, id: string) => command({
  type: 'proposeAgendaItem',
  id: `propose-${id}`,
  by: KARIN,
  at: TODAY,
  meetingId,
  item: { id, title: 'Digitala nyckelsystem', kind: 'information', durationMinutes: 20 },
});

describe('useMeetingActions', () => {
  it('asks core about the requested commands only, and answers them as useMeeting does', async () => {
    const runtime = await fyrbodalRuntime();
    const asked = recordProbes(runtime);
    const part = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <AgendaPart meetingId={DECEMBER} />
      </Providing>,
    );
    await expect.element(part.getByTestId('part-publishAgenda')).toHaveAttribute('data-code', 'NOT_AUTHORISED');
    await expect.element(part.getByTestId('part-proposeAgendaItem')).toHaveAttribute('data-allowed', 'true');
    expect(new Set(asked)).toEqual(new Set(['proposeAgendaItem', 'publishAgenda']));
    expect(part.container.querySelectorAll('li')).toHaveLength(2);

    const whole = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <WholeMeeting meetingId={DECEMBER} />
      </Providing>,
    );
    for (const type of ['proposeAgendaItem', 'publishAgenda']) {
      await expect.element(whole.getByTestId(`all-${type}`)).toHaveTextContent(part.getByTestId(`part-${type}`).element().textContent ?? '');
    }
  });

  it('does not ask core again when another meeting changes, and does when its own meeting does', async () => {
    const runtime = await fyrbodalRuntime();
    const asked = recordProbes(runtime);
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <AgendaPart meetingId={DECEMBER} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('part-publishAgenda')).toHaveAttribute('data-allowed', 'true');
    const before = asked.length;
    expect(before).toBeGreaterThan(0);

    // January's call opens: December's answers cannot change, so core is not asked again.
    expect((await runtime.dispatch({ type: 'openCall', id: 'open-jan', by: HELENA, at: TODAY, meetingId: JANUARY_2020 })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked.length).toBe(before);

    // An item proposed to December: its answers are asked for again.
    expect((await runtime.dispatch(propose(DECEMBER, 'nyckelsystem'))).ok).toBe(true);
    await expect.poll(() => asked.length).toBeGreaterThan(before);
    expect(new Set(asked.slice(before))).toEqual(new Set(['proposeAgendaItem', 'publishAgenda']));
  });
});
