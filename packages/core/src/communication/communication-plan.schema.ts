import * as z from 'zod';
import { communicationAudienceLabels, communicationAudiences, communicationRevisionTriggerLabels, communicationRevisionTriggers } from './communication-plan.labels.js';
import { DocumentVersion, Id, IsoDate, Label, Period, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { Risk } from '../risk/risk.schema.js';
import { listLimits } from '../shared/limits.js';

// The lists and labels live in `communication-plan.labels.ts` (no zod), for views.
export { communicationAudienceLabels, communicationRevisionTriggerLabels };

/** Kommunikationsmål — what the target groups should know, feel and do. */
export const CommunicationGoals = z.strictObject({
  /** Ska veta. */
  know: z.array(Text).max(listLimits.document).default([]),
  /** Ska tycka (känna). */
  feel: z.array(Text).max(listLimits.document).default([]),
  /** Ska göra. */
  do: z.array(Text).max(listLimits.document).default([]),
});
export type CommunicationGoals = z.infer<typeof CommunicationGoals>;

/** Internt / externt — the two halves of the plan's strategic goals, strategies and channels (their keys). */
export const CommunicationAudience = z.enum(communicationAudiences);
export type CommunicationAudience = z.infer<typeof CommunicationAudience>;

/** Kommunikationsstrategi — a summary and the bullets ("Kommunicera projektets syfte och mål"). */
export const CommunicationStrategy = z.strictObject({
  summary: Text.optional(),
  bullets: z.array(Text).max(listLimits.document).default([]),
});
export type CommunicationStrategy = z.infer<typeof CommunicationStrategy>;

/** When an activity happens: a date, or text as the plan writes it ("Inför kick-off", "Pågående"). */
export const CommunicationActivityTiming = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: IsoDate }),
  z.strictObject({ kind: z.literal('text'), text: Label }),
]);
export type CommunicationActivityTiming = z.infer<typeof CommunicationActivityTiming>;

/** One row of the aktivitetsplan. */
export const CommunicationActivity = z.strictObject({
  id: Id,
  /** Aktivitet, e.g. "Film: vad är eHälsa?". */
  activity: Label,
  /** Tidpunkt. */
  when: CommunicationActivityTiming,
  /** Ansvarig — roles or people as the plan writes them, e.g. ["Projektledare", "Kommunikatör"]. */
  responsible: z.array(Label).min(1).max(listLimits.document),
  /** Kanal/forum. */
  channel: Label.optional(),
});
export type CommunicationActivity = z.infer<typeof CommunicationActivity>;

/** Kontakt — a role in the plan and the person who holds it (contact details live on the person). */
export const CommunicationContact = z.strictObject({
  /** E.g. "Projektledare", "Kommunikatör/administratör". */
  role: Label,
  personId: Id,
});
export type CommunicationContact = z.infer<typeof CommunicationContact>;

/** When the plan must be revised. */
export const CommunicationRevisionTrigger = z.enum(communicationRevisionTriggers);
export type CommunicationRevisionTrigger = z.infer<typeof CommunicationRevisionTrigger>;

/** The revision rule, e.g. "uppdateras efter varje avslutat tema fram till projektets slut". */
export const CommunicationRevisionRule = z.strictObject({
  trigger: CommunicationRevisionTrigger,
  /** The rule as the plan writes it. */
  text: Text.optional(),
});
export type CommunicationRevisionRule = z.infer<typeof CommunicationRevisionRule>;

/** One entry in the plan's version history. */
export const CommunicationPlanVersion = z.strictObject({
  date: IsoDate,
  version: DocumentVersion,
  /** Who issued it (person id or name as written). */
  issuer: Label.optional(),
  /** Förändringsorsak, e.g. "Första versionen", "Uppdaterad efter tema 2". */
  reason: Text,
});
export type CommunicationPlanVersion = z.infer<typeof CommunicationPlanVersion>;

/**
 * Kommunikationsplan (seed 001; a deliverable in seed 003): goals, strategies, target
 * groups, channels, message, risks, activities, follow-up and contacts, revised by a rule.
 */
export const CommunicationPlan = z
  .strictObject({
    id: Id,
    title: Label,
    mandateId: Id.optional(),
    /** Om kommunikationsplanen — what it covers and for how long. */
    about: Text,
    period: Period.optional(),
    /** Projektets övergripande mål. */
    overallGoals: z.array(Text).max(listLimits.document).default([]),
    communicationGoals: CommunicationGoals,
    /** Strategiska mål med kommunikationen. */
    strategicGoals: z.strictObject({ internal: z.array(Text).max(listLimits.document).default([]), external: z.array(Text).max(listLimits.document).default([]) }),
    /** Intern och extern kommunikationsstrategi. */
    strategy: z.strictObject({ internal: CommunicationStrategy, external: CommunicationStrategy }),
    /** Bakgrund och nuläge. */
    background: Text,
    /** Syfte med kommunikationsplanen. */
    purpose: Text,
    /** Målgrupper. */
    targetGroups: z.strictObject({ primary: z.array(Label).min(1).max(listLimits.document), secondary: z.array(Label).max(listLimits.document).default([]) }),
    /** Kanaler. */
    channels: z.strictObject({ internal: z.array(Label).max(listLimits.document).default([]), external: z.array(Label).max(listLimits.document).default([]) }),
    /** Budskap. */
    keyMessage: Text,
    /** Projektmetod. */
    projectMethod: Text.optional(),
    /** Riskanalys — risk and mitigation; likelihood and impact may be added. */
    risks: z.array(Risk).max(listLimits.records).default([]),
    /** Aktivitetsplan. */
    activities: z.array(CommunicationActivity).max(listLimits.records).default([]),
    /** Uppföljning och utvärdering. */
    followUp: Text,
    /** Kontaktlista. */
    contacts: z.array(CommunicationContact).max(listLimits.document).default([]),
    revisionRule: CommunicationRevisionRule,
    /** Version history, oldest first. */
    versions: z.array(CommunicationPlanVersion).min(1).max(listLimits.history),
  })
  .superRefine((plan, ctx) => {
    const unique = (ids: readonly string[], path: string, sv: string, en: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], ...localizedError(sv, en) });
        seen.add(id);
      });
    };
    unique(plan.risks.map((r) => r.id), 'risks', 'två risker har samma id', 'two risks have the same id');
    unique(plan.activities.map((a) => a.id), 'activities', 'två aktiviteter har samma id', 'two activities have the same id');
    plan.versions.forEach((v, i) => {
      const previous = plan.versions[i - 1];
      if (previous !== undefined && v.date < previous.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'date'],
          ...localizedError('versionerna ska stå i datumordning, äldst först', 'versions must be in date order, oldest first'),
        });
      }
    });
  });
export type CommunicationPlan = z.infer<typeof CommunicationPlan>;
export type CommunicationPlanInput = z.input<typeof CommunicationPlan>;

/** The current version of a plan: the last entry of its history. */
export function currentCommunicationPlanVersion(plan: Pick<CommunicationPlan, 'versions'>): CommunicationPlanVersion | undefined {
  return plan.versions[plan.versions.length - 1];
}
