import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { Id, IsoDate, Label, Period, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { listLimits } from '../shared/limits.js';

/** The four parts of an evaluation report (utvärderingsrapport, seed 004), in the report's order. */
export const EvaluationSection = z.enum(['expectations', 'experiences', 'activities', 'recommendations']);
export type EvaluationSection = z.infer<typeof EvaluationSection>;

export const evaluationSectionLabels: Record<EvaluationSection, LocalizedText> = {
  expectations: { sv: 'Förväntningar på nätverket', en: 'Expectations of the network' },
  experiences: { sv: 'Upplevelse av nätverkets syfte', en: 'Experience of the network’s purpose' },
  activities: { sv: 'Utvärdering av nätverkets aktiviteter', en: 'Evaluation of the network’s activities' },
  recommendations: { sv: 'Rekommendationer inför framtiden', en: 'Recommendations for the future' },
};

/** A statement someone made: an expectation at the start or an experience during the period. */
export const EvaluationStatement = z.strictObject({
  text: Text,
  /** Who said it (a contributor's person id); omitted when compiled anonymously. */
  contributorId: Id.optional(),
  /** When it was collected (at start-up, at a meeting, in a survey). */
  collectedAt: IsoDate.optional(),
});
export type EvaluationStatement = z.infer<typeof EvaluationStatement>;

/** How an activity (a meeting series, a seminar theme, a study visit) was judged. */
export const EvaluatedActivity = z.strictObject({
  /** The activity as the report names it, e.g. "Nätverksmöten 2019". */
  activity: Label,
  assessment: Text,
  /** Optional 1–5 rating where a survey gave one. */
  rating: z.int().min(1).max(5).optional(),
});
export type EvaluatedActivity = z.infer<typeof EvaluatedActivity>;

/** Someone who contributed to the evaluation, e.g. a network representative of a municipality. */
export const EvaluationContributor = z.strictObject({
  personId: Id,
  organisationId: Id.optional(),
  /** The role they contributed in, as written, e.g. "Kommunrepresentant". */
  role: Label.optional(),
});
export type EvaluationContributor = z.infer<typeof EvaluationContributor>;

/**
 * Utvärdering — expectations collected at the start, experiences documented during the
 * period, the activities evaluated and recommendations for the future; compiled by the
 * process leader (seed 004) and used to complement the final report.
 */
export const Evaluation = z
  .strictObject({
    id: Id,
    title: Label,
    mandateId: Id.optional(),
    groupId: Id.optional(),
    /** The period evaluated (uppdragets tidsperiod). */
    period: Period,
    /** Who compiled it (processledaren). */
    compiledBy: Id,
    contributors: z.array(EvaluationContributor).max(listLimits.people).default([]),
    /** Förväntningar vid uppstart. */
    expectations: z.array(EvaluationStatement).max(listLimits.people).default([]),
    /** Upplevelse under uppdragstiden. */
    experiences: z.array(EvaluationStatement).max(listLimits.people).default([]),
    activityEvaluations: z.array(EvaluatedActivity).max(listLimits.document).default([]),
    recommendations: z.array(Text).max(listLimits.document).default([]),
    /** The final report this evaluation complements. */
    finalReportId: Id.optional(),
  })
  .superRefine((e, ctx) => {
    const contributors = new Set(e.contributors.map((c) => c.personId));
    for (const section of ['expectations', 'experiences'] as const) {
      e[section].forEach((s, i) => {
        if (s.contributorId !== undefined && !contributors.has(s.contributorId)) {
          ctx.addIssue({
            code: 'custom',
            path: [section, i, 'contributorId'],
            ...localizedError('personen finns inte bland de medverkande', 'the person is not among the contributors'),
          });
        }
        if (s.collectedAt !== undefined && (s.collectedAt < e.period.start || s.collectedAt > e.period.end)) {
          ctx.addIssue({
            code: 'custom',
            path: [section, i, 'collectedAt'],
            ...localizedError('datumet ligger utanför utvärderingsperioden', 'the date is outside the evaluated period'),
          });
        }
      });
    }
  });
export type Evaluation = z.infer<typeof Evaluation>;
export type EvaluationInput = z.input<typeof Evaluation>;
