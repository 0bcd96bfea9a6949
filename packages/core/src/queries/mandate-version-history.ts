/**
 * Versionshistorik — the table at the top of every mandate (Datum, Version, Utfärdare,
 * Förändringsorsak) as the mandate stands now, with the approved integer versions marked: they
 * are public records (allmän handling), frozen with a content hash when the commissioner
 * approved them in the lifecycle. A change waiting for the commissioner is shown apart, since
 * it is not part of the document until approved.
 */
import {
  mandateStateLabels,
  type ApprovedVersion,
  type MandateStateName,
} from '../mandate/mandate.machine.js';
import { isIntegerVersion, nextMajor, pendingReviewers } from '../mandate/mandate.rules.js';
import {
  mandateClassificationLabels,
  mandateSectionLabels,
  type AmendableSection,
  type MandateClassification,
  type ReviewBody,
} from '../mandate/mandate.schema.js';
import { currentMandate } from '../runtime/membership.js';
import type { RuntimeState } from '../runtime/state.js';
import type { LocalizedText } from '../shared/localized.js';
import { personName } from './lookup.js';

export interface MandateVersionHistoryParams {
  mandateId: string;
}

export interface MandateVersionRow {
  date: string | undefined;
  version: string;
  /** As the history writes it: a name, a body's review ("Granskad av …"), or a person id. */
  issuer: string;
  /** The person's name where the issuer is a person id (a direct change records who made it). */
  issuerName: string;
  reason: string | undefined;
  /** An integer version (1.0, 2.0, …): approved, and a public record. */
  approvedVersion: boolean;
  /** The first row of its version: the row that made it. */
  firstOfVersion: boolean;
  /** The lifecycle's record of the approval, on the row that made the version, when the runtime approved it. */
  approval: { approvedBy: string; recordedBy: string; recordedByName: string | undefined; approvedAt: string; hash: string } | null;
}

export interface PendingAmendmentRow {
  section: AmendableSection;
  sectionLabel: LocalizedText;
  reason: string | undefined;
  proposedBy: string;
  proposedByName: string | undefined;
  proposedAt: string;
  baseVersion: string;
  /** The version an approval will make. */
  resultingVersion: string;
}

export interface OpenReviewRound {
  number: number;
  version: string;
  reviewers: ReviewBody[];
  /** Named bodies that have not reviewed yet. */
  pending: ReviewBody[];
}

export interface MandateVersionHistory {
  mandateId: string;
  title: string;
  version: string;
  classification: MandateClassification;
  classificationLabel: LocalizedText;
  /** Dotted lifecycle state (`active.amendmentPending`); `null` when the runtime has no aggregate. */
  state: string | null;
  stateLabel: LocalizedText | null;
  rows: MandateVersionRow[];
  /** The approved versions, oldest first (version numbers). */
  approvedVersions: string[];
  pendingAmendment: PendingAmendmentRow | null;
  openReview: OpenReviewRound | null;
}

function stateLabelOf(state: string): LocalizedText | null {
  const leaf = state.split('.').at(-1) as MandateStateName | undefined;
  return leaf !== undefined && leaf in mandateStateLabels ? mandateStateLabels[leaf] : null;
}

export function mandateVersionHistory(
  state: RuntimeState,
  params: MandateVersionHistoryParams,
): MandateVersionHistory | undefined {
  const mandate = currentMandate(state, params.mandateId);
  if (!mandate) return undefined;
  const view = state.mandates.get(params.mandateId);
  const approvals = new Map<string, ApprovedVersion>((view?.context.approvedVersions ?? []).map((a) => [a.version, a]));
  const seen = new Set<string>();
  const rows = mandate.versionHistory.map((entry): MandateVersionRow => {
    const first = !seen.has(entry.version);
    seen.add(entry.version);
    const approved = isIntegerVersion(entry.version);
    const record = first && approved ? approvals.get(entry.version) : undefined;
    return {
      date: entry.date,
      version: entry.version,
      issuer: entry.issuer,
      issuerName: personName(state, entry.issuer) ?? entry.issuer,
      reason: entry.reason,
      approvedVersion: approved,
      firstOfVersion: first,
      approval: record
        ? {
            approvedBy: record.approvedBy,
            recordedBy: record.recordedBy,
            recordedByName: personName(state, record.recordedBy),
            approvedAt: record.approvedAt,
            hash: record.hash,
          }
        : null,
    };
  });
  const pending = view?.context.pendingAmendment ?? null;
  const round = view?.context.reviewRound ?? null;
  return {
    mandateId: mandate.id,
    title: mandate.title,
    version: mandate.version,
    classification: mandate.classification,
    classificationLabel: mandateClassificationLabels[mandate.classification],
    state: view?.state ?? null,
    stateLabel: view ? stateLabelOf(view.state) : null,
    rows,
    approvedVersions: [...seen].filter(isIntegerVersion),
    pendingAmendment: pending
      ? {
          section: pending.change.section,
          sectionLabel: mandateSectionLabels[pending.change.section],
          reason: pending.reason,
          proposedBy: pending.proposedBy,
          proposedByName: personName(state, pending.proposedBy),
          proposedAt: pending.proposedAt,
          baseVersion: pending.baseVersion,
          resultingVersion: nextMajor(mandate.version),
        }
      : null,
    openReview: round
      ? { number: round.number, version: round.version, reviewers: round.reviewers, pending: pendingReviewers(round) }
      : null,
  };
}
