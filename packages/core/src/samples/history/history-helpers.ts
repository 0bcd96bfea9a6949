/**
 * Builders for the samples' histories: the commands that, replayed in order on a runtime that
 * has loaded a sample, bring it to "the sample's today" with meetings, mandates, seminars,
 * deliverables and agreements in many states. A history is plain data: each command is what
 * a person would have sent (`{ type, id, by, at, …payload }`), so loading one proves every
 * step is authorised and allowed at its time.
 */
import type { AgendaItemProposal } from '../../meeting/meeting.events.js';
import type { AttendanceRecord, Escalation, MinutesInput } from '../../meeting/meeting.schema.js';
import type { Person } from '../../person/person.schema.js';
import type { CommandInput } from '../../runtime/command-input.js';

/**
 * A command of a history before it gets its id: who, when, what — typed as the runtime's
 * `CommandInput`, so a sample's misspelt command is a compile error, not a failed load.
 */
export type HistoryStep = CommandInput extends infer C ? (C extends CommandInput ? Omit<C, 'id' | 'by' | 'at'> & { by: string; at: string } : never) : never;

/** A history step of the commands that have the field `K`, before a helper fills it in (the meeting's id …). */
export type HistoryStepWithout<K extends string> = Extract<HistoryStep, Record<K, unknown>> extends infer S ? (S extends unknown ? Omit<S, K> : never) : never;

/** A command of a sample's history, as `dispatch` takes it; the id is deterministic (`fyrbodal-h-001`). */
export type HistoryCommand = HistoryStep & { id: string };

/** A sample's history: its "today", when its dataset is loaded, and the commands in between. */
export interface SampleHistory {
  /** The sample's today (an instant): a demo runs as if it were now; every command is before it. */
  referenceDate: string;
  /** When the dataset is loaded: before the first command. */
  loadedAt: string;
  /** Who loads the dataset: the sample's network administrator. */
  loadedBy: string;
  /** The commands in the order they were given (chronological). */
  commands: () => HistoryCommand[];
}

/**
 * Orders the steps by time (steps at the same instant keep the order they were written in)
 * and numbers them `<sampleId>-h-001`, `-002`, … so the ids are stable and follow time.
 */
export function historyOf(sampleId: string, steps: readonly HistoryStep[]): HistoryCommand[] {
  return steps
    .map((step, index) => ({ step, index, ms: Date.parse(step.at) }))
    .sort((a, b) => a.ms - b.ms || a.index - b.index)
    .map(({ step }, n) => ({ id: `${sampleId}-h-${String(n + 1).padStart(3, '0')}`, ...step }));
}

// ── Attendance ───────────────────────────────────────────────────────────────

type Mode = 'onSite' | 'remote';

/** Närvarande — on site unless said otherwise. */
export function present(person: Person, mode: Mode = 'onSite'): AttendanceRecord {
  return { personId: person.id, organisationId: person.organisationId, status: 'present', mode };
}

/** Anmält förhinder. */
export function excused(person: Person): AttendanceRecord {
  return { personId: person.id, organisationId: person.organisationId, status: 'excused' };
}

/** Frånvarande utan anmälan. */
export function absent(person: Person): AttendanceRecord {
  return { personId: person.id, organisationId: person.organisationId, status: 'absent' };
}

/** Ersättare — speaks for the organisation of the person replaced. */
export function substitute(person: Person, replaces: Person, mode: Mode = 'onSite'): AttendanceRecord {
  return { personId: person.id, organisationId: replaces.organisationId, status: 'substitute', substituteFor: replaces.id, mode };
}

// ── Meetings ─────────────────────────────────────────────────────────────────

/** An agenda item someone proposes while the call is open. */
export interface ProposedItem {
  by: string;
  at: string;
  item: AgendaItemProposal;
}

/**
 * One meeting's story, as far as it got: every part that is given becomes the command(s) of
 * that step. The convener does what the meeting's process leader does (open the call,
 * publish, invite, hold, keep the attendance and minutes, publish the minutes) unless a step
 * names someone else.
 */
export interface MeetingScript {
  meetingId: string;
  convener: string;
  reschedule?: { at: string; startsAt: string; reason: string };
  call?: string;
  items?: ProposedItem[];
  agenda?: { at: string; lateReason?: string };
  invitations?: string;
  held?: string;
  attendance?: { at: string; records: AttendanceRecord[]; by?: string };
  minutes?: { at: string; minutes: MinutesInput; by?: string };
  escalations?: Array<{ at: string; escalation: Escalation; by?: string }>;
  approved?: { at: string; by?: string };
  published?: { at: string; by?: string };
  cancelled?: { at: string; reason: string };
}

export function meetingSteps(script: MeetingScript): HistoryStep[] {
  const { meetingId, convener: by } = script;
  const steps: HistoryStep[] = [];
  const add = (step: HistoryStepWithout<'meetingId'>) => steps.push({ ...step, meetingId });
  if (script.reschedule) add({ type: 'rescheduleMeeting', by, ...script.reschedule });
  if (script.call) add({ type: 'openCall', by, at: script.call });
  for (const proposal of script.items ?? []) add({ type: 'proposeAgendaItem', ...proposal });
  if (script.agenda) add({ type: 'publishAgenda', by, ...script.agenda });
  if (script.invitations) add({ type: 'sendInvitations', by, at: script.invitations });
  if (script.held) add({ type: 'holdMeeting', by, at: script.held });
  if (script.attendance) add({ type: 'recordAttendance', by, ...script.attendance });
  if (script.minutes) add({ type: 'draftMinutes', by, ...script.minutes });
  for (const escalation of script.escalations ?? []) add({ type: 'escalateDecision', by, ...escalation });
  if (script.approved) add({ type: 'approveMinutes', by, ...script.approved });
  if (script.published) add({ type: 'publishMinutes', by, ...script.published });
  if (script.cancelled) add({ type: 'cancelMeeting', by, ...script.cancelled });
  return steps;
}

/** Finds a person of a sample by name; a typo fails loudly when the module loads. */
export function byName(people: readonly Person[], name: string): Person {
  const found = people.find((p) => p.name === name);
  if (!found) throw new Error(`No person named ${name} in the sample`);
  return found;
}
