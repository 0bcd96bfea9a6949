import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import type { CommandResult, Samverkan } from '@samverkan/core/runtime';
import type { CommandInput } from './command-envelope.js';
import { DECEMBER, fyrbodalRuntime, HELENA, KARIN, Providing, TODAY } from './testing/fyrbodal.js';
import { useCommand } from './use-command.js';
import { useMeeting } from './use-meeting.js';

function describeResult(result: CommandResult | undefined): string {
  if (result === undefined) return 'none';
  return result.ok ? `ok ${result.events.length}${result.duplicate ? ' duplicate' : ''}` : `${result.code} ${result.message.sv}`;
}

/** A meeting card with one button per command the test presses. */
function Convene({ meetingId, commands }: { meetingId: string; commands: Record<string, CommandInput> }) {
  const { statusLabel, actions } = useMeeting(meetingId);
  const { dispatch, can, pending, lastResult } = useCommand();
  return (
    <section>
      <p data-testid="status">{statusLabel}</p>
      <p data-testid="invitations">{String(actions.sendInvitations.allowed)}</p>
      <p data-testid="pending">{String(pending)}</p>
      <p data-testid="result">{describeResult(lastResult)}</p>
      {Object.entries(commands).map(([name, command]) => (
        <button key={name} type="button" data-can={String(can(command).ok)} onClick={() => void dispatch(command)}>
          {name}
        </button>
      ))}
    </section>
  );
}

describe('useCommand', () => {
  it('publishes the agenda as the acting person at the provider’s time, and the meeting shows it at once', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <Convene meetingId={DECEMBER} commands={{ publish: { type: 'publishAgenda', meetingId: DECEMBER } }} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('status')).toHaveTextContent('Tar emot punkter');
    await expect.element(screen.getByTestId('invitations')).toHaveTextContent('false');
    await expect.element(screen.getByRole('button', { name: 'publish' })).toHaveAttribute('data-can', 'true');

    await screen.getByRole('button', { name: 'publish' }).click();

    await expect.element(screen.getByTestId('status')).toHaveTextContent('Agenda publicerad');
    await expect.element(screen.getByTestId('result')).toHaveTextContent('ok 1');
    // The next step opens up: core now allows the invitations.
    await expect.element(screen.getByTestId('invitations')).toHaveTextContent('true');
    const last = (await runtime.history(`meeting:${DECEMBER}`)).at(-1);
    expect(last).toMatchObject({ type: 'publishAgenda', by: HELENA, at: TODAY, role: 'fyrbodal:processledare' });
    expect(last?.commandId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('acts only in the role the provider names, and is refused in a role the person does not hold', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA, roleId: 'fyrbodal:kommunrepresentant' }}>
        <Convene meetingId={DECEMBER} commands={{ publish: { type: 'publishAgenda', meetingId: DECEMBER } }} />
      </Providing>,
    );
    await expect.element(screen.getByRole('button', { name: 'publish' })).toHaveAttribute('data-can', 'false');
    await screen.getByRole('button', { name: 'publish' }).click();
    await expect.element(screen.getByTestId('result')).toHaveTextContent('NOT_AUTHORISED Helena Vik i rollen «Kommunrepresentant» saknar');
    await expect.element(screen.getByTestId('status')).toHaveTextContent('Tar emot punkter');
    expect(await runtime.history(`meeting:${DECEMBER}`)).toHaveLength(4);
  });

  it('answers a malformed command with a validation error in both languages instead of throwing', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <Convene
          meetingId={DECEMBER}
          commands={{
            // @ts-expect-error — a command without the meeting it acts on does not compile; from plain JavaScript, core refuses it
            noTarget: { type: 'publishAgenda' },
            // @ts-expect-error — no such command type
            unknown: { type: 'teleport', meetingId: DECEMBER },
          }}
        />
      </Providing>,
    );
    await expect.element(screen.getByRole('button', { name: 'noTarget' })).toHaveAttribute('data-can', 'false');
    await screen.getByRole('button', { name: 'noTarget' }).click();
    await expect.element(screen.getByTestId('result')).toHaveTextContent(/^VALIDATION .*meetingId/);
    await screen.getByRole('button', { name: 'unknown' }).click();
    await expect.element(screen.getByTestId('result')).toHaveTextContent('VALIDATION Okänt kommando "teleport"');
    await expect.element(screen.getByTestId('pending')).toHaveTextContent('false');
  });

  it('is pending while the runtime records, and not after', async () => {
    const real = await fyrbodalRuntime();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: Samverkan = {
      ...real,
      dispatch: async (command) => {
        await gate;
        return real.dispatch(command);
      },
    };
    const item = { id: 'lasplattor-2', title: 'Läsplattor i hemtjänsten', kind: 'information' as const, durationMinutes: 15 };
    const screen = await render(
      <Providing runtime={slow} actor={{ personId: KARIN }}>
        <Convene meetingId={DECEMBER} commands={{ propose: { type: 'proposeAgendaItem', meetingId: DECEMBER, item } }} />
      </Providing>,
    );
    await screen.getByRole('button', { name: 'propose' }).click();
    await expect.element(screen.getByTestId('pending')).toHaveTextContent('true');
    await expect.element(screen.getByTestId('result')).toHaveTextContent('none');
    release();
    await expect.element(screen.getByTestId('pending')).toHaveTextContent('false');
    await expect.element(screen.getByTestId('result')).toHaveTextContent('ok 1');
  });

  it('records a retried command once when it carries its own id', async () => {
    const runtime = await fyrbodalRuntime();
    const command: CommandInput = { type: 'openCall', id: 'open-january', meetingId: 'fyrbodal:mote-2020-01-23' };
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <Convene meetingId="fyrbodal:mote-2020-01-23" commands={{ open: command }} />
      </Providing>,
    );
    await screen.getByRole('button', { name: 'open' }).click();
    await expect.element(screen.getByTestId('result')).toHaveTextContent(/^ok 1$/);
    await screen.getByRole('button', { name: 'open' }).click();
    await expect.element(screen.getByTestId('result')).toHaveTextContent('ok 1 duplicate');
    expect(await runtime.history('meeting:fyrbodal:mote-2020-01-23')).toHaveLength(1);
  });

  it('records several commands as one step, or none of them with the refusal of the one that failed', async () => {
    const runtime = await fyrbodalRuntime();
    function Batch() {
      const { dispatchAll, lastResult } = useCommand();
      const { statusLabel } = useMeeting(DECEMBER);
      return (
        <section>
          <p data-testid="status">{statusLabel}</p>
          <p data-testid="result">{describeResult(lastResult)}</p>
          <button
            type="button"
            onClick={() =>
              void dispatchAll([
                { type: 'publishAgenda', meetingId: DECEMBER },
                { type: 'sendInvitations', meetingId: DECEMBER },
              ])
            }
          >
            publish and invite
          </button>
          <button type="button" onClick={() => void dispatchAll([{ type: 'holdMeeting', meetingId: DECEMBER }])}>
            hold
          </button>
        </section>
      );
    }
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <Batch />
      </Providing>,
    );
    // Not held before it starts: refused, nothing written.
    await screen.getByRole('button', { name: 'hold' }).click();
    await expect.element(screen.getByTestId('result')).toHaveTextContent(/^NOT_ALLOWED_NOW /);
    expect(await runtime.history(`meeting:${DECEMBER}`)).toHaveLength(4);
    await screen.getByRole('button', { name: 'publish and invite' }).click();
    await expect.element(screen.getByTestId('status')).toHaveTextContent('Kallelse skickad');
    expect((await runtime.history(`meeting:${DECEMBER}`)).slice(-2).map((e) => e.type)).toEqual(['publishAgenda', 'sendInvitations']);
  });
});
