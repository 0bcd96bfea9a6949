// Smoke test (b): a TypeScript consumer of the packed @samverkan/core, type-checked with
// `moduleResolution` node16 (tsconfig.node16.json) and bundler (tsconfig.bundler.json).
// The @ts-expect-error lines prove the types are real: if a declaration failed to resolve and
// became `any`, the expected error would be missing and tsc would fail.
import { createActor, type SnapshotFrom } from 'xstate';
import {
  Dataset,
  meetingMachine,
  parseWith,
  planSeriesYear,
  type MeetingEvent,
  type MeetingMachine,
  type ParseResult,
} from '@samverkan/core';
import { samples } from '@samverkan/core/samples';
import { allJsonSchemas, toJsonSchema, type PublicSchemaName } from '@samverkan/core/json-schema';

const parsed: ParseResult<Dataset> = parseWith(Dataset, samples.fyrbodal);
if (!parsed.ok) throw new Error(parsed.message.sv);
const series = parsed.value.mandates[0]?.meetings[0];
const meeting = parsed.value.meetings[0];
if (!series || !meeting) throw new Error('the sample has a meeting series and a meeting');

const machine: MeetingMachine = meetingMachine;
const actor = createActor(machine, { input: { meeting, series } }).start();
const open: MeetingEvent = { type: 'openCall', by: 'fyrbodal:person-001', at: '2019-01-02T09:00:00+01:00' };
actor.send(open);
const snapshot: SnapshotFrom<MeetingMachine> = actor.getSnapshot();
const late: boolean | undefined = snapshot.context.agendaLate;
export const state: string = typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);

// @ts-expect-error — not an event of the meeting lifecycle
actor.send({ type: 'notAnEvent', by: 'x', at: '2019-01-02T09:00:00+01:00' });
// @ts-expect-error — the machine needs its input
createActor(meetingMachine, { input: { nothing: true } });

const plan = planSeriesYear(series, 2021, { preferredWeekday: 4 });
export const dates: string[] = plan.ok ? plan.value.map((m) => m.date) : [];

const name: PublicSchemaName = 'Mandate';
export const schema: Record<string, unknown> = toJsonSchema(name);
export const count: number = Object.keys(allJsonSchemas()).length;
// @ts-expect-error — not a public schema
toJsonSchema('NotASchema');
export { late };
