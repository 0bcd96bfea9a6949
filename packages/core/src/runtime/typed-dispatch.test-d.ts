/**
 * Type tests (checked by the package's typecheck, never run): the runtime's typed methods take a
 * `CommandInput`, so a misspelt type, a misspelt field or a value of the wrong kind is a compile
 * error; the `…Untrusted` methods take `unknown`, for JSON from outside (issue 15, item 12).
 */
import { expectTypeOf } from 'vitest';
import type { CommandInput } from './command-input.js';
import type { CanResult, CommandResult, DispatchAllResult, Samverkan } from './create-samverkan.js';

declare const sv: Samverkan;
declare const fromOutside: unknown;
const meetingId = 't:mote-1';

expectTypeOf(sv.dispatch).parameter(0).toEqualTypeOf<CommandInput>();
expectTypeOf(sv.can).parameter(0).toEqualTypeOf<CommandInput>();
expectTypeOf(sv.dispatchAll).parameter(0).toEqualTypeOf<readonly CommandInput[]>();
expectTypeOf(sv.dispatchUntrusted).parameter(0).toBeUnknown();
expectTypeOf(sv.canUntrusted).parameter(0).toBeUnknown();
expectTypeOf(sv.dispatchAllUntrusted).parameter(0).toBeUnknown();
expectTypeOf(sv.dispatchUntrusted(fromOutside)).resolves.toEqualTypeOf<CommandResult>();
expectTypeOf(sv.canUntrusted(fromOutside)).toEqualTypeOf<CanResult>();
expectTypeOf(sv.dispatchAllUntrusted(fromOutside)).resolves.toEqualTypeOf<DispatchAllResult>();

// Well-formed: compiles.
void sv.dispatch({ type: 'openCall', id: 'c-1', meetingId });
sv.can({ type: 'cancelMeeting', id: 'c-2', meetingId, reason: 'Sjukdom' });
void sv.dispatchAll([{ type: 'openCall', id: 'c-3', meetingId }, { type: 'sendInvitations', id: 'c-4', meetingId }]);

// @ts-expect-error — a misspelt command type
void sv.dispatch({ type: 'opneCall', id: 'c-5', meetingId });
// @ts-expect-error — a misspelt field (`meetingID`)
void sv.dispatch({ type: 'openCall', id: 'c-6', meetingID: meetingId });
// @ts-expect-error — a value of the wrong kind: a reason is text
sv.can({ type: 'cancelMeeting', id: 'c-7', meetingId, reason: 42 });
// @ts-expect-error — a field another command has (`lateReason` is publishAgenda's)
sv.can({ type: 'openCall', id: 'c-8', meetingId, lateReason: 'Sent' });
// @ts-expect-error — one bad command in a list
void sv.dispatchAll([{ type: 'openCall', id: 'c-9', meetingId }, { type: 'holdMeeting', id: 'c-10', meeting: meetingId }]);
// @ts-expect-error — an unknown value must go through dispatchUntrusted
void sv.dispatch(fromOutside);
