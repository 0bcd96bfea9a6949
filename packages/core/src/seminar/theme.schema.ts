/**
 * Tema — a round of dialogue seminars. eHälsalyftet plans three themes; the steering group
 * (styrgruppen, management representatives of every participating organisation) decides the
 * direction (inriktning) of each, the development leaders meet in their network before it,
 * every employee takes part in one seminar per theme, and the theme is evaluated afterwards.
 */
import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { EventMeta, Id, Instant, Label, Period, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { DialogueSeminarStatus } from './dialogue-seminar.schema.js';
import { listLimits } from '../shared/limits.js';

/** The lifecycle states of a theme (the state names of its machine). */
export const ThemeStatus = z.enum(['proposed', 'decided', 'networkMet', 'seminarsRunning', 'evaluated', 'closed']);
export type ThemeStatus = z.infer<typeof ThemeStatus>;

export const themeStatusLabels: Record<ThemeStatus, LocalizedText> = {
  proposed: { sv: 'Föreslaget', en: 'Proposed' },
  decided: { sv: 'Beslutat', en: 'Decided' },
  networkMet: { sv: 'Nätverksträff hållen', en: 'Network has met' },
  seminarsRunning: { sv: 'Seminarier pågår', en: 'Seminars running' },
  evaluated: { sv: 'Utvärderat', en: 'Evaluated' },
  closed: { sv: 'Avslutat', en: 'Closed' },
};

/** A seminar of the theme and the last status the theme heard of. */
export const ThemeSeminar = z.strictObject({
  seminarId: Id,
  status: DialogueSeminarStatus,
});
export type ThemeSeminar = z.infer<typeof ThemeSeminar>;

/** A seminar that was not fed back when the theme was evaluated, and why. */
export const OpenSeminar = z.strictObject({
  seminarId: Id,
  reason: Text,
});
export type OpenSeminar = z.infer<typeof OpenSeminar>;

/** A network meeting (nätverksträff) of the development leaders, as the theme records it. */
export const ThemeNetworkMeeting = EventMeta.extend({
  /** The meeting record, when one is kept (see `NetworkMeeting`). */
  networkMeetingId: Id.optional(),
  attendeeIds: z.array(Id).max(listLimits.people).default([]),
  notes: Text.optional(),
});
export type ThemeNetworkMeeting = z.infer<typeof ThemeNetworkMeeting>;

/** Utvärdering av tema — what the theme gave, and what is still open. */
export const ThemeEvaluation = EventMeta.extend({
  summary: Text,
  recommendations: Text.optional(),
  openSeminars: z.array(OpenSeminar).max(listLimits.people).default([]),
});
export type ThemeEvaluation = z.infer<typeof ThemeEvaluation>;

/** The fields a theme is proposed with — the input of its machine. */
export const ThemeInput = z.strictObject({
  id: Id,
  /** The programme (e.g. eHälsalyftet) the theme belongs to. */
  programmeId: Id.optional(),
  title: Label,
  /** The steering group that decides the theme; only its decision counts. */
  steeringGroupId: Id,
  /** A proposed direction, before the steering group decides. */
  direction: Text.optional(),
  period: Period.optional(),
});
export type ThemeInput = z.infer<typeof ThemeInput>;
export type ThemeInputData = z.input<typeof ThemeInput>;

/** The theme as a document: its decision, network meetings, seminars and evaluation. */
export const Theme = ThemeInput.extend({
  /** The group that decided the theme (the steering group). */
  decidedBy: Id.optional(),
  decidedAt: Instant.optional(),
  networkMeetings: z.array(ThemeNetworkMeeting).max(listLimits.history).default([]),
  seminarsStartedAt: Instant.optional(),
  seminars: z
    .array(ThemeSeminar)
    .max(listLimits.people)
    .default([])
    .refine(
      (list) => new Set(list.map((s) => s.seminarId)).size === list.length,
      localizedError('samma seminarium får bara finnas med en gång', 'the same seminar may appear only once'),
    ),
  evaluation: ThemeEvaluation.optional(),
  closedAt: Instant.optional(),
}).refine((t) => t.decidedBy === undefined || t.decidedBy === t.steeringGroupId, {
  ...localizedError('temat beslutas av styrgruppen', 'the theme is decided by the steering group'),
  path: ['decidedBy'],
});
export type Theme = z.infer<typeof Theme>;
export type ThemeData = z.input<typeof Theme>;
