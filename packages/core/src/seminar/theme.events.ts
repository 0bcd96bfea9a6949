/**
 * The events of a theme. The first five are what people do (the steering group decides,
 * the network meets, the programme starts and evaluates the seminars); `seminarAdded` and
 * `seminarStatusChanged` are facts a runtime forwards from the dialogue seminars.
 */
import * as z from 'zod';
import { EventMeta, Id, Period, Text } from '../shared/primitives.schema.js';
import { DialogueSeminarStatus } from './dialogue-seminar.schema.js';
import { OpenSeminar } from './theme.schema.js';
import { listLimits } from '../shared/limits.js';

/** The steering group decides the theme and its direction (inriktning). */
export const DecideTheme = EventMeta.extend({
  type: z.literal('decideTheme'),
  /** The group that decides; it must be the theme's steering group. */
  decidedBy: Id,
  direction: Text,
  period: Period.optional(),
});

/** The development leaders' network met (before the theme, and again while it runs). */
export const HoldNetworkMeeting = EventMeta.extend({
  type: z.literal('holdNetworkMeeting'),
  networkMeetingId: Id.optional(),
  attendeeIds: z.array(Id).max(listLimits.people).optional(),
  notes: Text.optional(),
});

/** The seminars of the theme start. */
export const StartSeminars = EventMeta.extend({
  type: z.literal('startSeminars'),
});

/** The theme is evaluated; seminars not fed back need a reason each. */
export const EvaluateTheme = EventMeta.extend({
  type: z.literal('evaluateTheme'),
  summary: Text,
  recommendations: Text.optional(),
  openSeminars: z.array(OpenSeminar).max(listLimits.people).optional(),
});

/** The theme is closed; the communication plan is due for revision after it. */
export const CloseTheme = EventMeta.extend({
  type: z.literal('closeTheme'),
});

/** Forwarded: a dialogue seminar was planned for the theme. */
export const SeminarAdded = EventMeta.extend({
  type: z.literal('seminarAdded'),
  seminarId: Id,
});

/** Forwarded: a dialogue seminar of the theme moved on (held, reported, …, fed back, cancelled). */
export const SeminarStatusChanged = EventMeta.extend({
  type: z.literal('seminarStatusChanged'),
  seminarId: Id,
  status: DialogueSeminarStatus,
});

export const ThemeEvent = z.discriminatedUnion('type', [
  DecideTheme,
  HoldNetworkMeeting,
  StartSeminars,
  EvaluateTheme,
  CloseTheme,
  SeminarAdded,
  SeminarStatusChanged,
]);
export type ThemeEvent = z.infer<typeof ThemeEvent>;
export type ThemeEventType = ThemeEvent['type'];
