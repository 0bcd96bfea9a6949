/**
 * Beslut hos parterna — an agreement on referral: each party with its decision in the current
 * round (adopted or rejected, by which body, when) and the parties still to decide
 * (`outstandingParties`). It comes into force when every party has adopted (`allPartiesAdopted`).
 */
import { agreementStatusLabels, partyDecisionKindLabels, type AgreementStatus, type PartyDecisionKind } from '../agreement/agreement.schema.js';
import { allPartiesAdopted, outstandingParties } from '../agreement/agreement.rules.js';
import type { RuntimeState } from '../runtime/state.js';
import type { LocalizedText } from '../shared/localized.js';
import { mandateTitle, personName } from './lookup.js';

export interface AgreementRatificationParams {
  agreementId: string;
}

export interface PartyRatification {
  organisationId: string;
  name: string;
  /** The party's decision in the current round; `null` while outstanding. */
  decision: {
    kind: PartyDecisionKind;
    label: LocalizedText;
    decidedAt: string;
    decidingBody: string;
    reference: string | undefined;
    reason: string | undefined;
    recordedBy: string;
    recordedByName: string | undefined;
    recordedAt: string;
  } | null;
}

export interface AgreementRatification {
  agreementId: string;
  title: string;
  version: string;
  mandate: { id: string; title: string | undefined } | null;
  status: AgreementStatus;
  statusLabel: LocalizedText;
  /** The current referral round; 0 before the first. */
  round: number;
  sentOnReferralAt: string | undefined;
  parties: PartyRatification[];
  adopted: number;
  rejected: number;
  /** The parties that have not decided in this round. */
  outstanding: Array<{ organisationId: string; name: string }>;
  allAdopted: boolean;
  inForceFrom: string | undefined;
  /** Earlier rounds that ended in a rejection and were revised. */
  earlierRounds: number;
}

export function agreementRatification(
  state: RuntimeState,
  params: AgreementRatificationParams,
): AgreementRatification | undefined {
  const view = state.agreements.get(params.agreementId);
  if (!view) return undefined;
  const a = view.context;
  const parties = a.parties.map((party): PartyRatification => {
    const d = a.decisions.find((x) => x.organisationId === party.organisationId);
    return {
      organisationId: party.organisationId,
      name: party.name,
      decision: d
        ? {
            kind: d.decision,
            label: partyDecisionKindLabels[d.decision],
            decidedAt: d.decidedAt,
            decidingBody: d.decidingBody,
            reference: d.reference,
            reason: d.reason,
            recordedBy: d.recordedBy,
            recordedByName: personName(state, d.recordedBy),
            recordedAt: d.recordedAt,
          }
        : null,
    };
  });
  return {
    agreementId: a.id,
    title: a.title,
    version: a.version,
    mandate: a.mandateId === undefined ? null : { id: a.mandateId, title: mandateTitle(state, a.mandateId) },
    status: view.status,
    statusLabel: agreementStatusLabels[view.status],
    round: a.round,
    sentOnReferralAt: a.sentOnReferralAt,
    parties,
    adopted: parties.filter((p) => p.decision?.kind === 'adopted').length,
    rejected: parties.filter((p) => p.decision?.kind === 'rejected').length,
    outstanding: outstandingParties(a).map((p) => ({ organisationId: p.organisationId, name: p.name })),
    allAdopted: allPartiesAdopted(a),
    inForceFrom: a.inForceFrom,
    earlierRounds: a.history.length,
  };
}
