/**
 * Type tests (checked by the package's typecheck, never run): a component's command is typed by
 * core's `CommandInput` without the sender and role the provider supplies, so a typo is a compile
 * error in `useCommand`'s `can`, `dispatch` and `dispatchAll` (issue 15, item 12).
 */
import { expectTypeOf } from 'vitest';
import type { CommandInput } from './command-envelope.js';
import type { UseCommandResult } from './use-command.js';

declare const commands: UseCommandResult;
const meetingId = 'fyrbodal:mote-2019-12-05';

expectTypeOf(commands.dispatch).parameter(0).toEqualTypeOf<CommandInput>();
expectTypeOf(commands.can).parameter(0).toEqualTypeOf<CommandInput>();
expectTypeOf<CommandInput['type']>().toEqualTypeOf<import('@samverkan/core/runtime').CommandType>();

// Without id, sender or time: the provider fills them in.
void commands.dispatch({ type: 'publishAgenda', meetingId, lateReason: 'Underlaget kom sent' });
void commands.dispatchAll([{ type: 'publishAgenda', meetingId }, { type: 'sendInvitations', meetingId }]);

// @ts-expect-error — a misspelt field (`lateReson`)
void commands.dispatch({ type: 'publishAgenda', meetingId, lateReson: 'Sent' });
// @ts-expect-error — a misspelt command type
commands.can({ type: 'publishAgneda', meetingId });
// @ts-expect-error — a value of the wrong kind: an agenda item's duration is a number
void commands.dispatch({ type: 'proposeAgendaItem', meetingId, item: { id: 'p', title: 'Punkt', kind: 'information', durationMinutes: '10' } });
// @ts-expect-error — the sender is the provider's actor, never the component's
void commands.dispatch({ type: 'openCall', meetingId, by: 'fyrbodal:person-001' });
