export {
  Agreement,
  AgreementParty,
  AgreementRound,
  AgreementStatus,
  NewAgreement,
  PartyDecision,
  PartyDecisionFacts,
  PartyDecisionKind,
  agreementStatusLabels,
  partyDecisionKindLabels,
  type AgreementInput,
  type NewAgreementInput,
} from './agreement.schema.js';
export { AgreementEvent, type AgreementEventType } from './agreement.events.js';
export { agreementMachine, type AgreementMachine } from './agreement.machine.js';
export {
  allPartiesAdopted,
  hasPartyDecided,
  isAgreementParty,
  isPlausibleDecisionDate,
  outstandingParties,
} from './agreement.rules.js';
