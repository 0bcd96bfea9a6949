/**
 * The records a meeting's machine checks while it runs — attendance (deltagarlista) and minutes
 * (minnesanteckningar) — in `zod/mini` form, and the rules (refinements) their public classic
 * schemas in `meeting.schema.ts` are built from. Why: the machine's guards validate these on
 * every event, and classic zod schemas carry all of zod's methods and JSON Schema support, so a
 * machine built on them brought most of zod into an app that imports the meeting lifecycle
 * alone. This module imports nothing of classic zod. Each rule exists once, here; the classic
 * schemas repeat only which fields there are, and a test proves both forms accept, refuse and
 * describe the same inputs (`meeting-records.schema.test.ts`).
 */
import * as z from 'zod/mini';
import { Id, IsoDate, Text } from '../shared/primitives-mini.schema.js';
import { localizedError } from '../shared/validation.js';
import { listLimits } from '../shared/limits.js';
import { attendanceModes, attendanceStatuses, attendingStatuses, escalationTargets } from './meeting.labels.js';

// The lists of values live in `meeting.labels.ts` (no zod at all, for views); re-exported here
// for the modules that read them beside the rules.
export { attendanceModes, attendanceStatuses, attendingStatuses, escalationTargets };

/** An issue written in both languages, located by its path. */
export type Issue = { path: PropertyKey[]; sv: string; en: string };

/** Adds issues written in both languages (the shape `parseWith` reads). */
export function report(ctx: z.core.$RefinementCtx, issues: readonly Issue[]): void {
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.en, params: { sv: issue.sv, en: issue.en } });
  }
}

/** Indices of values that occur earlier in the list too. */
export function duplicateIndices(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const dup: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) dup.push(i);
    seen.add(v);
  });
  return dup;
}

// ---------------------------------------------------------------------------------------------
// Minutes

const ItemMinutesFields = /* @__PURE__ */ z.strictObject({
  itemId: Id,
  informed: z.optional(Text),
  discussed: z.optional(Text),
  decided: z.optional(Text),
});

/** Minutes of an item state what was informed, discussed or decided — at least one of them. */
export const itemMinutesRules = /* @__PURE__ */ z.refine<z.infer<typeof ItemMinutesFields>>(
  (m) =>
    m.informed !== undefined || m.discussed !== undefined || m.decided !== undefined,
  {
    ...localizedError(
      'ange vad som informerats, diskuterats eller beslutats',
      'state what was informed, discussed or decided',
    ),
    path: ['informed'],
  },
);

/** Mini form of `ItemMinutes`. */
export const ItemMinutes = /* @__PURE__ */ ItemMinutesFields.check(itemMinutesRules);

/** Mini form of `Decision`. */
export const Decision = /* @__PURE__ */ z.strictObject({ id: Id, itemId: Id, text: Text });

/** Mini form of `ActionItem`. */
export const ActionItem = /* @__PURE__ */ z.strictObject({
  id: Id,
  text: Text,
  ownerId: Id,
  due: IsoDate,
  itemId: z.optional(Id),
});

/** Mini form of `Escalation`. */
export const Escalation = /* @__PURE__ */ z.strictObject({
  id: Id,
  itemId: z.optional(Id),
  text: Text,
  to: z.enum(escalationTargets),
  reason: Text,
});

const MinutesFields = /* @__PURE__ */ z.strictObject({
  items: z._default(z.array(ItemMinutes).check(z.maxLength(listLimits.records)), []),
  decisions: z._default(z.array(Decision).check(z.maxLength(listLimits.records)), []),
  actions: z._default(z.array(ActionItem).check(z.maxLength(listLimits.records)), []),
  escalations: z._default(z.array(Escalation).check(z.maxLength(listLimits.records)), []),
});

/** Items, decisions, actions and escalations each occur once in the minutes. */
export const minutesRules = /* @__PURE__ */ z.superRefine((m: z.infer<typeof MinutesFields>, ctx) => {
  const dup = (list: string, ids: string[], field: string) =>
    duplicateIndices(ids).map((i) => ({
      path: [list, i, field],
      sv: 'förekommer mer än en gång',
      en: 'occurs more than once',
    }));
  report(ctx, [
    ...dup('items', m.items.map((i) => i.itemId), 'itemId'),
    ...dup('decisions', m.decisions.map((d) => d.id), 'id'),
    ...dup('actions', m.actions.map((a) => a.id), 'id'),
    ...dup('escalations', m.escalations.map((e) => e.id), 'id'),
  ]);
});

/** Mini form of `Minutes`. */
export const Minutes = /* @__PURE__ */ MinutesFields.check(minutesRules);
export type Minutes = z.infer<typeof Minutes>;

/**
 * The agenda item ids the minutes refer to that are not on the agenda, with their paths
 * (relative to the minutes). Minutes describe this meeting's agenda and nothing else.
 */
export function unknownItemReferences(
  minutes: Minutes,
  agenda: readonly { id: string }[],
): Array<{ path: (string | number)[]; itemId: string }> {
  const known = new Set(agenda.map((i) => i.id));
  const refs: Array<{ path: (string | number)[]; itemId: string | undefined }> = [
    ...minutes.items.map((m, i) => ({ path: ['items', i, 'itemId'], itemId: m.itemId })),
    ...minutes.decisions.map((d, i) => ({ path: ['decisions', i, 'itemId'], itemId: d.itemId })),
    ...minutes.actions.map((a, i) => ({ path: ['actions', i, 'itemId'], itemId: a.itemId })),
    ...minutes.escalations.map((e, i) => ({ path: ['escalations', i, 'itemId'], itemId: e.itemId })),
  ];
  return refs.filter((r): r is { path: (string | number)[]; itemId: string } => r.itemId !== undefined && !known.has(r.itemId));
}

// ---------------------------------------------------------------------------------------------
// Attendance

const AttendanceRecordFields = /* @__PURE__ */ z.strictObject({
  personId: Id,
  organisationId: Id,
  status: z.enum(attendanceStatuses),
  substituteFor: z.optional(Id),
  mode: z.optional(z.enum(attendanceModes)),
});

/** A substitute names whom they replace (and only a substitute does); a mode only for those who attended. */
export const attendanceRecordRules = /* @__PURE__ */ z.superRefine(
  (r: z.infer<typeof AttendanceRecordFields>, ctx) => {
    const issues: Issue[] = [];
    if (r.status === 'substitute' && r.substituteFor === undefined) {
      issues.push({
        path: ['substituteFor'],
        sv: 'en ersättare måste ange vem hen ersätter',
        en: 'a substitute must name the person they replace',
      });
    }
    if (r.status !== 'substitute' && r.substituteFor !== undefined) {
      issues.push({
        path: ['substituteFor'],
        sv: 'anges bara för ersättare',
        en: 'is only given for substitutes',
      });
    }
    if (r.substituteFor !== undefined && r.substituteFor === r.personId) {
      issues.push({
        path: ['substituteFor'],
        sv: 'en person kan inte ersätta sig själv',
        en: 'a person cannot substitute for themselves',
      });
    }
    if (r.mode !== undefined && !attendingStatuses.includes(r.status)) {
      issues.push({
        path: ['mode'],
        sv: 'anges bara för den som deltog',
        en: 'is only given for people who attended',
      });
    }
    report(ctx, issues);
  },
);

/** Mini form of `AttendanceRecord`. */
export const AttendanceRecord = /* @__PURE__ */ AttendanceRecordFields.check(attendanceRecordRules);

/** One record per person; nobody is both replaced and present. */
export const attendanceRules = /* @__PURE__ */ z.superRefine(
  (records: z.infer<typeof AttendanceRecord>[], ctx) => {
    report(
      ctx,
      duplicateIndices(records.map((r) => r.personId)).map((i) => ({
        path: [i, 'personId'],
        sv: 'personen finns redan i deltagarlistan',
        en: 'the person is already on the attendance list',
      })),
    );
    const attending = new Set(records.filter((r) => attendingStatuses.includes(r.status)).map((r) => r.personId));
    records.forEach((r, i) => {
      if (r.substituteFor !== undefined && attending.has(r.substituteFor)) {
        report(ctx, [
          {
            path: [i, 'substituteFor'],
            sv: 'den som ersätts är själv närvarande',
            en: 'the person replaced is present themselves',
          },
        ]);
      }
    });
  },
);

/** Mini form of `Attendance`. */
export const Attendance = /* @__PURE__ */ z.array(AttendanceRecord).check(z.maxLength(listLimits.people), attendanceRules);
export type Attendance = z.infer<typeof Attendance>;
