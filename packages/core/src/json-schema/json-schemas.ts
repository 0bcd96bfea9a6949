/**
 * JSON Schema for every public schema, so a region can validate its mandate files and
 * datasets in an editor or another language. Generated from the zod schemas, so there is
 * one source of truth; refinements that JSON Schema cannot express (cross-field rules,
 * references) are checked by `parseWith` only.
 */
import * as z from 'zod';
import { ActionPlan } from '../action-plan/action-plan.schema.js';
import { AgreementEvent } from '../agreement/agreement.events.js';
import { Agreement, NewAgreement } from '../agreement/agreement.schema.js';
import { CommunicationPlan } from '../communication/communication-plan.schema.js';
import { Dataset } from '../dataset/dataset.schema.js';
import { OpenData } from '../documents/open-data.js';
import { DeliverableEvent } from '../deliverable/deliverable.events.js';
import { Deliverable } from '../deliverable/deliverable.schema.js';
import { TimeReport } from '../esf/time-report.schema.js';
import { UnitCost } from '../esf/unit-cost.schema.js';
import { Evaluation } from '../evaluation/evaluation.schema.js';
import { Group } from '../group/group.schema.js';
import { MandateEvent } from '../mandate/mandate.events.js';
import { Mandate } from '../mandate/mandate.schema.js';
import { MeetingSeries } from '../meeting/meeting-series.schema.js';
import { MeetingEvent } from '../meeting/meeting.events.js';
import { AgendaItem, Attendance, Meeting, Minutes } from '../meeting/meeting.schema.js';
import { Organisation } from '../organisation/organisation.schema.js';
import { Person } from '../person/person.schema.js';
import { Risk, RiskAnalysis } from '../risk/risk.schema.js';
import { Role } from '../role/role.schema.js';
import { DialogueSeminarEvent } from '../seminar/dialogue-seminar.events.js';
import { DialogueSeminar } from '../seminar/dialogue-seminar.schema.js';
import { ThemeEvent } from '../seminar/theme.events.js';
import { Theme } from '../seminar/theme.schema.js';
import { StaffingPlan } from '../staffing/staffing-plan.schema.js';

/** The public schemas by name: entities, documents, the dataset and every machine's events. */
export const publicSchemas = {
  Organisation,
  Person,
  Role,
  Group,
  StaffingPlan,
  Mandate,
  MeetingSeries,
  Meeting,
  AgendaItem,
  Minutes,
  Attendance,
  Theme,
  DialogueSeminar,
  TimeReport,
  UnitCost,
  Deliverable,
  NewAgreement,
  Agreement,
  CommunicationPlan,
  Risk,
  RiskAnalysis,
  Evaluation,
  ActionPlan,
  Dataset,
  MandateEvent,
  MeetingEvent,
  ThemeEvent,
  DialogueSeminarEvent,
  DeliverableEvent,
  AgreementEvent,
  /** A network's published records as open data (`openData` in `@samverkan/core/documents`). */
  OpenData,
} as const;
export type PublicSchemaName = keyof typeof publicSchemas;

/** The JSON Schema (draft 2020-12) of what a file may contain: the input side, defaults optional. */
export function toJsonSchema(name: PublicSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(publicSchemas[name], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: `https://samverkan.example/schemas/${name}.json`, title: name };
}

/** Every public schema as JSON Schema, keyed by name. */
export function allJsonSchemas(): Record<PublicSchemaName, Record<string, unknown>> {
  return Object.fromEntries(
    (Object.keys(publicSchemas) as PublicSchemaName[]).map((name) => [name, toJsonSchema(name)]),
  ) as Record<PublicSchemaName, Record<string, unknown>>;
}
