import * as z from 'zod';
import { NewAgreement } from '../agreement/agreement.schema.js';
import { ActionPlan } from '../action-plan/action-plan.schema.js';
import { CommunicationPlan } from '../communication/communication-plan.schema.js';
import { Deliverable, DeliverableTemplate } from '../deliverable/deliverable.schema.js';
import { TimeReport } from '../esf/time-report.schema.js';
import { UnitCostTable } from '../esf/unit-cost.schema.js';
import { Evaluation } from '../evaluation/evaluation.schema.js';
import { Group } from '../group/group.schema.js';
import { Mandate } from '../mandate/mandate.schema.js';
import { MeetingSeries } from '../meeting/meeting-series.schema.js';
import { MeetingMachineInput } from '../meeting/meeting.schema.js';
import { Organisation } from '../organisation/organisation.schema.js';
import { Person } from '../person/person.schema.js';
import { RiskAnalysis } from '../risk/risk.schema.js';
import { Role } from '../role/role.schema.js';
import { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import { InformationManagement } from '../documents/information-management.schema.js';
import { DialogueSeminarInput } from '../seminar/dialogue-seminar.schema.js';
import { ThemeInput } from '../seminar/theme.schema.js';
import { Id, Label } from '../shared/primitives.schema.js';
import { referenceIssues } from './dataset.rules.js';
import { listLimits } from '../shared/limits.js';
import { Extensions } from '../shared/extensions.schema.js';
import { LocalizedLabel, LocalizedLongText, Vocabulary } from '../shared/vocabulary.schema.js';

/** A meeting as it is planned: what the meeting machine starts from. */
export const PlannedMeeting = MeetingMachineInput.shape.meeting;
export type PlannedMeeting = z.infer<typeof PlannedMeeting>;

/**
 * Dataset — everything one collaboration (a network, a programme, an assignment) is made of:
 * who takes part, the mandates that govern it, its meetings, seminars, deliverables and
 * documents. Samples are datasets; a region's own data loads through the same schema, which
 * also checks that every reference points at something that exists.
 */
export const DatasetFields = z.strictObject({
  id: Id,
  /** The network's name in Swedish and English, and in further languages (`fi`, `se` …) where it has them. */
  name: LocalizedLabel,
  description: LocalizedLongText,
  /** The source document the dataset was modelled on. */
  source: Label.optional(),
  organisations: z.array(Organisation).min(1).max(listLimits.collection),
  people: z.array(Person).max(listLimits.collection).default([]),
  roles: z.array(Role).max(listLimits.collection).default([]),
  groups: z.array(Group).max(listLimits.collection).default([]),
  mandates: z.array(Mandate).max(listLimits.collection).default([]),
  meetingSeries: z.array(MeetingSeries).max(listLimits.collection).default([]),
  meetings: z.array(PlannedMeeting).max(listLimits.collection).default([]),
  themes: z.array(ThemeInput).max(listLimits.collection).default([]),
  seminars: z.array(DialogueSeminarInput).max(listLimits.collection).default([]),
  unitCosts: UnitCostTable.default([]),
  timeReports: z.array(TimeReport).max(listLimits.collection).default([]),
  deliverables: z.array(Deliverable).max(listLimits.collection).default([]),
  /** Mallar — the templates deliverables are produced from (an annual report's outline). */
  deliverableTemplates: z.array(DeliverableTemplate).max(listLimits.collection).default([]),
  agreements: z.array(NewAgreement).max(listLimits.collection).default([]),
  communicationPlans: z.array(CommunicationPlan).max(listLimits.collection).default([]),
  riskAnalyses: z.array(RiskAnalysis).max(listLimits.collection).default([]),
  evaluations: z.array(Evaluation).max(listLimits.collection).default([]),
  actionPlans: z.array(ActionPlan).max(listLimits.collection).default([]),
  /**
   * Nätverkets förvaltning — who administers the network itself: loads its data, empties it,
   * erases personal data. Seats here count for network-level acts only.
   */
  networkStaffing: StaffingPlan.default({ entries: [] }),
  /** Begrepp — the region's own kinds of group, role and deliverable, with their names. */
  vocabulary: Vocabulary.optional(),
  /** Informationshanteringsplan — how the network's public records are classified and kept. */
  informationManagement: InformationManagement.optional(),
  /** Tillägg — the region's own data, namespaced (`vgr:kostnadsstalle`); core keeps it and never reads it. */
  extensions: Extensions.optional(),
});

export const Dataset = DatasetFields.superRefine((dataset, ctx) => {
  for (const issue of referenceIssues(dataset)) ctx.addIssue({ code: 'custom', ...issue });
});
export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;
