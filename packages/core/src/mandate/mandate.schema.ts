/**
 * Uppdragsbeskrivning — the mandate document, with every section the seed mandates show:
 * document metadata (date, diary number, version, unit — Dalarna), background, purpose,
 * values and method (eHälsalyftet), scope with subject areas (Fyrbodal), tasks by area
 * (Dalarna, Örebro), competence requirements, commissioner and financiers, the period with
 * a possible extension (Dalarna: 18 months, extendable), organisation and reporting lines,
 * staffing plan, roles, meeting rules, deliverables, follow-up, ESF compensation, version
 * history, classification and the compliance/revision rule (Fyrbodal), and the county-wide
 * mandate a local one refines (Örebro).
 */
import * as z from 'zod';
import { mandateClassificationLabels, mandateClassifications, mandateSectionLabels, mandateSections } from './mandate.labels.js';
import { DeliverableKindValue } from '../deliverable/deliverable-kind.js';
import { MeetingSeries } from '../meeting/meeting-series.schema.js';
import { Role } from '../role/role.schema.js';
import type { LocalizedText } from '../shared/localized.js';
import { DocumentVersion, Id, IsoDate, Label, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import { addMonths, compareVersions, majorOf, plannedEnd } from './mandate.rules.js';
import { listLimits } from '../shared/limits.js';
import { Extensions } from '../shared/extensions.schema.js';

// The lists and labels live in `mandate.labels.ts` (no zod), for views.
export { mandateClassificationLabels, mandateSectionLabels };

const isVersion = (v: string) => DocumentVersion.safeParse(v).success;
const isDate = (d: string) => IsoDate.safeParse(d).success;

/** Informationsklassning — how openly the document may be shared. */
export const MandateClassification = z.enum(mandateClassifications);
export type MandateClassification = z.infer<typeof MandateClassification>;

/** A body that commissions, finances or reviews: an organisation, a network or a council. */
export const MandateParty = z.strictObject({
  /** The organisation's or group's id (e.g. the social-services chiefs' network). */
  id: Id,
  /** As the document writes it, e.g. "Socialchefsnätverket, Fyrbodals kommunalförbund". */
  name: Label,
  /** E.g. "medfinansierar med enhetskostnader" for ESF. */
  note: Label.optional(),
});
export type MandateParty = z.infer<typeof MandateParty>;

/** Avgränsning — what the assignment covers, with its subject areas (ämnesområden). */
export const MandateScope = z.strictObject({
  text: Text,
  subjectAreas: z.array(Label).max(listLimits.document).default([]),
});
export type MandateScope = z.infer<typeof MandateScope>;

/** One area of the tasks, e.g. "Operativt ansvar" with its items. */
export const TaskArea = z.strictObject({
  area: Label,
  items: z.array(Text).min(1).max(listLimits.document),
});
export type TaskArea = z.infer<typeof TaskArea>;

/**
 * Möjlighet till förlängning. `maxMonths` caps the total extension beyond the planned end;
 * `maxCount` is how many times the commissioner may extend (once unless the mandate says
 * otherwise); `timesExtended` and `extendedTo` record what has been used.
 */
export const MandateExtension = z.strictObject({
  maxMonths: z.int().min(1).max(120).optional(),
  maxCount: z.int().min(1).max(10).default(1),
  timesExtended: z.int().min(0).default(0),
  extendedTo: IsoDate.optional(),
});
export type MandateExtension = z.infer<typeof MandateExtension>;

/**
 * Tidplan / Omfattning. `end` is optional because not every seed has one: Dalarna gives a
 * duration ("initialt 18 månader"), Örebro's role is standing ("sedan 2015").
 */
export const MandatePeriod = z
  .strictObject({
    start: IsoDate,
    end: IsoDate.optional(),
    durationMonths: z.int().min(1).max(240).optional(),
    /** Present when the mandate allows an extension; absent means it must be amended instead. */
    extension: MandateExtension.optional(),
  })
  .superRefine((p, ctx) => {
    // zod runs refinements even when a date failed its format; compare only real dates.
    if (![p.start, p.end, p.extension?.extendedTo].every((d) => d === undefined || isDate(d))) return;
    if (p.end !== undefined && p.end < p.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        ...localizedError('slutdatum får inte ligga före startdatum', 'the end date must not be before the start date'),
      });
    }
    const ext = p.extension;
    if (!ext) return;
    const base = plannedEnd(p);
    if (ext.timesExtended > ext.maxCount) {
      ctx.addIssue({
        code: 'custom',
        path: ['extension', 'timesExtended'],
        ...localizedError('fler förlängningar än uppdraget tillåter', 'more extensions than the mandate allows'),
      });
    }
    if ((ext.extendedTo !== undefined) !== ext.timesExtended > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['extension', 'extendedTo'],
        ...localizedError(
          'ett förlängt uppdrag ska ha ett nytt slutdatum, och bara ett förlängt',
          'an extended mandate needs a new end date, and only an extended one has it',
        ),
      });
    }
    if (ext.extendedTo === undefined) return;
    if (base === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['extension', 'extendedTo'],
        ...localizedError('ett uppdrag utan slutdatum kan inte förlängas', 'a mandate without an end date cannot be extended'),
      });
    } else if (ext.extendedTo <= base) {
      ctx.addIssue({
        code: 'custom',
        path: ['extension', 'extendedTo'],
        ...localizedError('förlängningen måste sluta efter det planerade slutdatumet', 'the extension must end after the planned end'),
      });
    } else if (ext.maxMonths !== undefined && ext.extendedTo > addMonths(base, ext.maxMonths)) {
      ctx.addIssue({
        code: 'custom',
        path: ['extension', 'extendedTo'],
        ...localizedError('förlängningen är längre än uppdraget tillåter', 'the extension is longer than the mandate allows'),
      });
    }
  });
export type MandatePeriod = z.infer<typeof MandatePeriod>;

/** Who the assignment reports to, e.g. "rapporterar löpande till Länschefsnätverkets styrgrupp". */
export const ReportingLine = z.strictObject({
  /** The receiving group or organisation, where it is modelled. */
  toId: Id.optional(),
  to: Label,
  description: Text.optional(),
});
export type ReportingLine = z.infer<typeof ReportingLine>;

/** Organisering / Organisation och tillhörighet. */
export const MandateOrganisation = z.strictObject({
  description: Text,
  /** The groups the assignment runs through or belongs to (the network, the steering group). */
  groupIds: z.array(Id).max(listLimits.document).default([]),
  reportingLines: z.array(ReportingLine).max(listLimits.document).default([]),
});
export type MandateOrganisation = z.infer<typeof MandateOrganisation>;

/**
 * Återkommande leverans — a deliverable due every year on the same day (an annual report by
 * 31 March): each year's deliverable is produced from it with its due date
 * (`planRecurringDeliverable`).
 */
export const DeliverableRecurrence = z
  .strictObject({
    every: z.literal('year'),
    /** The month and day it is due each year. */
    dueMonth: z.int().min(1).max(12),
    dueDay: z.int().min(1).max(31),
    /**
     * Due the year after the one it covers (an annual report for 2030 by 31 March 2031), as a
     * report on a year is; false: due within the year it is for.
     */
    dueInFollowingYear: z.boolean().default(false),
    /** The first and last year it is for; the mandate's period when omitted. */
    fromYear: z.int().min(2000).max(2100).optional(),
    untilYear: z.int().min(2000).max(2100).optional(),
  })
  .refine((r) => r.dueDay <= new Date(Date.UTC(2001, r.dueMonth, 0)).getUTCDate(), {
    ...localizedError('dagen finns inte i den månaden', 'the day does not exist in that month'),
    path: ['dueDay'],
  });
export type DeliverableRecurrence = z.infer<typeof DeliverableRecurrence>;

/** Leveransobjekt — one thing the assignment must produce. */
export const MandateDeliverable = z
  .strictObject({
    /** Names the deliverable within the mandate; needed for a recurring one (its occurrences refer to it). */
    id: Id.optional(),
    kind: DeliverableKindValue,
    /** The title of what is produced, e.g. "Årsrapport"; the kind's name when omitted. */
    title: Label.optional(),
    description: Text,
    due: IsoDate.optional(),
    /** Every year on a day, instead of once (`due`). */
    recurrence: DeliverableRecurrence.optional(),
    /** The template each deliverable is produced from (its outline of sections). */
    templateId: Id.optional(),
    /** The role responsible for producing it (whoever holds it at the time). */
    ownerRoleId: Id.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.recurrence === undefined) return;
    for (const field of ['id', 'ownerRoleId'] as const) {
      if (d[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          ...localizedError('behövs för en återkommande leverans', 'is needed for a recurring deliverable'),
        });
      }
    }
  });

/** Måluppfyllelse — how a goal stands at a check-in. */
export const GoalStatus = z.enum(['achieved', 'onTrack', 'atRisk', 'notAchieved']);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const goalStatusLabels: Record<GoalStatus, LocalizedText> = {
  achieved: { sv: 'Uppnått', en: 'Achieved' },
  onTrack: { sv: 'På väg', en: 'On track' },
  atRisk: { sv: 'I riskzonen', en: 'At risk' },
  notAchieved: { sv: 'Ej uppnått', en: 'Not achieved' },
};

/** Mål — a goal of the assignment, how it is measured and when it is followed up. */
export const MandateGoal = z.strictObject({
  id: Id,
  /** The goal as the mandate words it. */
  text: Text,
  /** Indikator — how it is measured. */
  measure: Label.optional(),
  /** Målvärde — what counts as achieved. */
  target: Label.optional(),
  /** Uppföljningsdatum — the days it is followed up, besides the mandate's check-in schedule. */
  followUpDates: z.array(IsoDate).max(listLimits.document).default([]),
});
export type MandateGoal = z.infer<typeof MandateGoal>;
export type MandateDeliverable = z.infer<typeof MandateDeliverable>;

/** Uppföljning — how the assignment is followed up and what the evaluation contains. */
export const MandateFollowUp = z.strictObject({
  description: Text,
  /** Avstämning — the goals are checked every this many months from the start of the period. */
  checkInEveryMonths: z.int().min(1).max(24).optional(),
  /** E.g. expectations, experience of the purpose, evaluation of activities, recommendations. */
  evaluationContents: z.array(Label).max(listLimits.document).default([]),
});
export type MandateFollowUp = z.infer<typeof MandateFollowUp>;

/**
 * One row of the version history (Datum, Version, Utfärdare, Förändringsorsak). The date is
 * optional because the Fyrbodal history has an undated review row; the machine always dates.
 */
export const VersionEntry = z.strictObject({
  date: IsoDate.optional(),
  version: DocumentVersion,
  /** A name, or a body's review such as "Granskad av e-hälsonätverket". */
  issuer: Label,
  reason: Text.optional(),
});
export type VersionEntry = z.infer<typeof VersionEntry>;

const MandateFields = z.strictObject({
  id: Id,
  title: Label,
  /** Datum — the date of the current version. */
  date: IsoDate.optional(),
  /** Diarienummer. */
  diaryNumber: Label.optional(),
  /** Versionsnummer, "M.m"; integer versions are the approved ones. */
  version: DocumentVersion,
  /** Gäller för verksamhet, e.g. "Hälsa och Välfärd". */
  unit: Label.optional(),
  /** Sammanfattning. */
  summary: Text.optional(),
  background: Text,
  purpose: Text,
  /** Värdegrund. */
  values: Text.optional(),
  /** Metod. */
  method: Text.optional(),
  scope: MandateScope,
  tasks: z.array(TaskArea).min(1).max(listLimits.document),
  competenceRequirements: z.array(Text).min(1).max(listLimits.document).optional(),
  /** Uppdragsgivare — the body that approves, extends and ends the mandate. */
  commissioner: MandateParty,
  /** Finansiär(er), e.g. VästKom; the region and the municipalities; ESF. */
  financiers: z.array(MandateParty).max(listLimits.document).default([]),
  period: MandatePeriod,
  organisation: MandateOrganisation,
  staffingPlan: StaffingPlan,
  /** Bilaga — ansvar och befogenheter för organisationens roller. */
  roles: z.array(Role).max(listLimits.document).default([]),
  /** Mötesfrekvens och agenda. */
  meetings: z.array(MeetingSeries).max(listLimits.document).default([]),
  deliverables: z.array(MandateDeliverable).max(listLimits.document).default([]),
  /** Mål — the goals of the assignment, each with its follow-up. */
  goals: z.array(MandateGoal).max(listLimits.document).default([]),
  followUp: MandateFollowUp.optional(),
  /** Ersättning, e.g. ESF unit costs per professional category. */
  compensation: Text.optional(),
  versionHistory: z.array(VersionEntry).max(listLimits.history).default([]),
  /** Drafts are internal by default; an approved (integer) version is a public record. */
  classification: MandateClassification.default('internal'),
  /** The document's own words, e.g. "Vid fastställande av heltalsversion klassas dokumentet som allmän handling." */
  classificationRule: Text.optional(),
  /** Efterlevnad — who revises the mandate and when, and which changes need approval. */
  complianceRule: Text.optional(),
  /** The county-wide mandate this local one refines (Örebro's sub-county groups). */
  parentMandateId: Id.optional(),
  /** Tillägg — the region's own data, namespaced (`vgr:kostnadsstalle`); core keeps it and never reads it. */
  extensions: Extensions.optional(),
});

function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const dup: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) dup.push(i);
    seen.add(v);
  });
  return dup;
}

/** Uppdragsbeskrivning. */
export const Mandate = MandateFields.superRefine((m, ctx) => {
  // zod runs refinements even when a version failed its format; compare only real versions.
  if (isVersion(m.version) && majorOf(m.version) >= 1 && m.classification !== 'public') {
    ctx.addIssue({
      code: 'custom',
      path: ['classification'],
      ...localizedError(
        'en fastställd version (1.0 och senare) är en allmän handling',
        'an approved version (1.0 and later) is a public record',
      ),
    });
  }
  m.versionHistory.forEach((entry, i) => {
    const previous = m.versionHistory[i - 1];
    if (previous && isVersion(entry.version) && isVersion(previous.version) && compareVersions(entry.version, previous.version) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['versionHistory', i, 'version'],
        ...localizedError('versionerna måste komma i stigande ordning', 'versions must be in ascending order'),
      });
    }
  });
  const last = m.versionHistory.at(-1);
  if (last && last.version !== m.version) {
    ctx.addIssue({
      code: 'custom',
      path: ['version'],
      ...localizedError(
        'versionen måste vara densamma som den senaste i versionshistoriken',
        'the version must match the latest one in the version history',
      ),
    });
  }
  for (const i of duplicates(m.roles.map((r) => r.id))) {
    ctx.addIssue({
      code: 'custom',
      path: ['roles', i, 'id'],
      ...localizedError('rollen finns redan', 'the role is listed twice'),
    });
  }
  for (const i of duplicates(m.goals.map((g) => g.id))) {
    ctx.addIssue({ code: 'custom', path: ['goals', i, 'id'], ...localizedError('målet finns redan', 'the goal is listed twice') });
  }
  const deliverableIds = new Set<string>();
  m.deliverables.forEach((d, i) => {
    if (d.id === undefined) return;
    if (deliverableIds.has(d.id)) ctx.addIssue({ code: 'custom', path: ['deliverables', i, 'id'], ...localizedError('leveransen finns redan', 'the deliverable is listed twice') });
    deliverableIds.add(d.id);
  });
  for (const i of duplicates(m.meetings.map((s) => s.id))) {
    ctx.addIssue({
      code: 'custom',
      path: ['meetings', i, 'id'],
      ...localizedError('mötesserien finns redan', 'the meeting series is listed twice'),
    });
  }
  if (m.roles.length > 0) {
    const roleIds = new Set(m.roles.map((r) => r.id));
    m.staffingPlan.entries.forEach((entry, i) => {
      if (!roleIds.has(entry.roleId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['staffingPlan', 'entries', i, 'roleId'],
          ...localizedError('rollen finns inte bland uppdragets roller', 'the role is not among the roles of the mandate'),
        });
      }
    });
  }
  const governed = new Set(m.organisation.groupIds);
  m.staffingPlan.entries.forEach((entry, i) => {
    if (entry.groupId !== undefined && !governed.has(entry.groupId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['staffingPlan', 'entries', i, 'groupId'],
        ...localizedError('gruppen är inte en av uppdragets grupper (organisation.groupIds)', 'the group is not one of the groups of the mandate (organisation.groupIds)'),
      });
    }
  });
  if (m.parentMandateId === m.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['parentMandateId'],
      ...localizedError('ett uppdrag kan inte förfina sig självt', 'a mandate cannot refine itself'),
    });
  }
});
export type Mandate = z.infer<typeof Mandate>;
export type MandateInput = z.input<typeof Mandate>;

/** Every section of the document, for labels and for saying which sections a change touched. */
export const MandateSection = z.enum(mandateSections);
export type MandateSection = z.infer<typeof MandateSection>;

/**
 * The sections a person can change with `amend`. Date, version, version history and
 * classification are kept by the lifecycle, never written by hand.
 */
export const AmendableSection = MandateSection.exclude(['date', 'version', 'versionHistory', 'classification']);
export type AmendableSection = z.infer<typeof AmendableSection>;

/** The value schema of every amendable section (the new content an amendment carries). */
export const sectionSchemas = {
  title: Label,
  diaryNumber: Label,
  unit: Label,
  summary: Text,
  background: Text,
  purpose: Text,
  values: Text,
  method: Text,
  scope: MandateScope,
  tasks: z.array(TaskArea).min(1).max(listLimits.document),
  competenceRequirements: z.array(Text).min(1).max(listLimits.document),
  commissioner: MandateParty,
  financiers: z.array(MandateParty).max(listLimits.document),
  period: MandatePeriod,
  organisation: MandateOrganisation,
  staffingPlan: StaffingPlan,
  roles: z.array(Role).max(listLimits.document),
  meetings: z.array(MeetingSeries).max(listLimits.document),
  deliverables: z.array(MandateDeliverable).max(listLimits.document),
  goals: z.array(MandateGoal).max(listLimits.document),
  followUp: MandateFollowUp,
  compensation: Text,
  classificationRule: Text,
  complianceRule: Text,
  parentMandateId: Id,
} satisfies Record<AmendableSection, z.ZodType>;

/** A change to one section: the section and its whole new content. */
export type MandateChange = {
  [S in AmendableSection]: { section: S; change: z.infer<(typeof sectionSchemas)[S]> };
}[AmendableSection];

/** A body named to review a draft, e.g. the e-health network or the social-services chiefs. */
export const ReviewBody = z.strictObject({ id: Id, name: Label });
export type ReviewBody = z.infer<typeof ReviewBody>;

/** The outcome of one body's review. */
export const ReviewOutcome = z.enum(['endorsed', 'changesRequested']);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

/** What the commissioner decided on a matter escalated from minutes: bifall, avslag, återremiss. */
export const EscalationOutcome = z.enum(['approved', 'rejected', 'referredBack']);
export type EscalationOutcome = z.infer<typeof EscalationOutcome>;

export const escalationOutcomeLabels: Record<EscalationOutcome, LocalizedText> = {
  approved: { sv: 'Bifall', en: 'Approved' },
  rejected: { sv: 'Avslag', en: 'Rejected' },
  referredBack: { sv: 'Återremiss', en: 'Referred back' },
};

export const reviewOutcomeLabels: Record<ReviewOutcome, LocalizedText> = {
  endorsed: { sv: 'Tillstyrkt', en: 'Endorsed' },
  changesRequested: { sv: 'Ändringar begärda', en: 'Changes requested' },
};

/**
 * Ett redan fastställt uppdrag — a mandate approved elsewhere (on paper, in another system) that
 * enters the tool as approved: the day the commissioner decided, the body as its decision names
 * it, and where the decision is recorded.
 */
export const ImportedApproval = z.strictObject({
  /** Beslutsdatum — the day the commissioner approved the version. */
  approvedOn: IsoDate,
  /** The body as its decision names it, e.g. "Förbundsstyrelsen"; the commissioner's name when omitted. */
  approvedBy: Label.optional(),
  /** Where the decision is recorded: a minutes paragraph or a diary number, e.g. "§ 45/2029". */
  decisionReference: Label.optional(),
});
export type ImportedApproval = z.infer<typeof ImportedApproval>;

/** An imported approval as the lifecycle keeps it: with who recorded it in the tool, and when. */
export const MandateImport = ImportedApproval.extend({ recordedBy: Id, recordedAt: z.iso.datetime({ offset: true }) });
export type MandateImport = z.infer<typeof MandateImport>;

/**
 * The input of the mandate machine: the document it starts from — a draft, or (with `imported`)
 * an approved version brought from elsewhere, which starts in force.
 */
export const MandateMachineInput = z.strictObject({ mandate: Mandate, imported: MandateImport.optional() });
export type MandateMachineInput = z.infer<typeof MandateMachineInput>;
