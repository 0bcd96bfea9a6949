/**
 * Förteckning över allmänna handlingar — every document that has become a public record here:
 * each approved mandate version, each notice with its agenda and each set of published minutes,
 * each party's decision on an agreement, each published deliverable — with the day it was
 * registered, its type, its classification and its retention rule from the network's
 * information management plan. And the weeding report (*gallring*): what the plan allows to be
 * weeded by now. The report only lists; nothing here ever deletes a public record — weeding
 * needs a recorded decision (gallringsbeslut) by the authority that owns the records.
 */
import type { LocalizedText } from '../shared/localized.js';
import { swedishDate } from '../shared/dates.js';
import type { RuntimeState } from '../runtime/state.js';
import {
  defaultInformationManagement,
  publicRecordTypeLabels,
  type Classification,
  type PublicRecordType,
  type RetentionRule,
} from './information-management.schema.js';

export interface RegisterEntry {
  /** A stable id: the record's stream and what in it. */
  id: string;
  type: PublicRecordType;
  typeLabel: LocalizedText;
  title: string;
  /** Registreringsdatum — the Swedish day it became a public record. */
  registered: string;
  /** The record it belongs to (a stream, e.g. `meeting:…`). */
  record: string;
  version?: string;
  /** SHA-256 of the content, where the record carries one. */
  fingerprint?: string;
  classification: Classification;
  retention: RetentionRule;
  /** The first day it may be weeded (by a recorded decision), for records that may be. */
  mayBeWeededFrom?: string;
}

/** The rule for a type: the network's plan, else the defaults. */
function ruleFor(state: RuntimeState, type: PublicRecordType) {
  const own = state.dataset.informationManagement?.documentTypes.find((r) => r.type === type);
  return own ?? defaultInformationManagement.documentTypes.find((r) => r.type === type)!;
}

/** A civil date plus whole years (29 February plus a year without one: 1 March). */
function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

function entry(state: RuntimeState, base: Omit<RegisterEntry, 'typeLabel' | 'classification' | 'retention' | 'mayBeWeededFrom'>): RegisterEntry {
  const rule = ruleFor(state, base.type);
  return {
    ...base,
    typeLabel: publicRecordTypeLabels[base.type],
    classification: rule.classification,
    retention: rule.retention,
    ...(rule.retention.rule === 'weed' ? { mayBeWeededFrom: addYears(base.registered, rule.retention.afterYears) } : {}),
  };
}

/** The register of public records, oldest first. */
export function publicRecordsRegister(state: RuntimeState): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  for (const view of state.mandates.values()) {
    for (const v of view.context.approvedVersions) {
      entries.push(entry(state, { id: `${view.stream}#${v.version}`, type: 'mandateVersion', title: v.content.title, registered: swedishDate(v.approvedAt), record: view.stream, version: v.version, fingerprint: v.hash }));
    }
  }
  for (const view of state.meetings.values()) {
    const m = view.context;
    if (m.agendaPublishedAt !== undefined) {
      entries.push(entry(state, { id: `${view.stream}#kallelse`, type: 'agenda', title: `Kallelse: ${m.title}`, registered: swedishDate(m.agendaPublishedAt), record: view.stream }));
    }
    if (m.publishedAt !== undefined) {
      entries.push(entry(state, { id: `${view.stream}#minnesanteckningar`, type: 'minutes', title: `Minnesanteckningar: ${m.title}`, registered: swedishDate(m.publishedAt), record: view.stream, ...(m.minutesFingerprint ? { fingerprint: m.minutesFingerprint } : {}) }));
    }
  }
  for (const view of state.agreements.values()) {
    const a = view.context;
    const decisions = [...a.history.flatMap((r) => r.decisions.map((d) => ({ d, version: r.version }))), ...a.decisions.map((d) => ({ d, version: a.version }))];
    for (const { d, version } of decisions) {
      const party = state.dataset.organisations.find((o) => o.id === d.organisationId)?.name ?? d.organisationId;
      entries.push(entry(state, { id: `${view.stream}#${d.organisationId}#${d.recordedAt}`, type: 'agreementDecision', title: `${a.title}: beslut av ${party} (${d.decidingBody})`, registered: swedishDate(d.recordedAt), record: view.stream, version }));
    }
  }
  for (const view of state.deliverables.values()) {
    const published = view.context.published;
    if (published !== undefined) {
      entries.push(entry(state, { id: `${view.stream}#publicerad`, type: 'deliverable', title: view.context.title, registered: swedishDate(published.at), record: view.stream }));
    }
  }
  return entries.sort((a, b) => (a.registered < b.registered ? -1 : a.registered > b.registered ? 1 : a.id < b.id ? -1 : 1));
}

export interface WeedingReport {
  today: string;
  /** Records the plan allows to be weeded by today — each only by a recorded decision. */
  due: RegisterEntry[];
  /** What the report means, for the page that shows it. */
  notice: LocalizedText;
}

/** Gallringsrapport — what the information management plan allows to be weeded by `today`. */
export function weedingReport(state: RuntimeState, today: string): WeedingReport {
  const day = swedishDate(today);
  return {
    today: day,
    due: publicRecordsRegister(state).filter((e) => e.mayBeWeededFrom !== undefined && e.mayBeWeededFrom <= day),
    notice: {
      sv: 'Listan visar vad informationshanteringsplanen tillåter att gallras. Inget gallras av verktyget: en allmän handling gallras bara efter ett dokumenterat gallringsbeslut.',
      en: 'The list shows what the information management plan allows to be weeded. The tool weeds nothing: a public record is weeded only after a recorded weeding decision.',
    },
  };
}
