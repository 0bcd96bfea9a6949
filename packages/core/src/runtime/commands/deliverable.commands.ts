/**
 * Deliverable and agreement commands. Deliverables are produced by those who hold
 * `produceDeliverable` in their mandate or group and approved by those who hold
 * `approveDeliverable`; publishing is publishing a public record. An agreement is negotiated
 * by the transition leader, and each party's decision is recorded by that party's own
 * representative only.
 */
import { AbandonAgreement, AddParty, RecordPartyDecision, RemoveParty, Revise } from '../../agreement/agreement.events.js';
import { NewAgreement, type Agreement } from '../../agreement/agreement.schema.js';
import {
  ApproveDeliverable,
  ArchiveDeliverable,
  PublishDeliverable,
  RequestChanges,
  SubmitForReview,
} from '../../deliverable/deliverable.events.js';
import { Deliverable } from '../../deliverable/deliverable.schema.js';
import {
  commandSchema,
  lifecycleCommandsOf,
  payloadOf,
  type CommandContext,
  type CommandDefinition,
} from '../command-definition.js';
import { staffingPlansForGroup, staffingPlansForMandate } from '../membership.js';

const deliverableScope = (c: Record<string, unknown>, ctx: CommandContext) => {
  const d = (ctx.aggregate?.snapshot.context ?? c.deliverable) as { mandateId?: string; groupId?: string } | undefined;
  const within = d?.mandateId ? { kind: 'mandate' as const, id: d.mandateId } : d?.groupId ? { kind: 'group' as const, id: d.groupId } : undefined;
  return {
    plans: [
      ...(d?.mandateId ? staffingPlansForMandate(ctx.state, d.mandateId) : []),
      ...(d?.groupId ? staffingPlansForGroup(ctx.state, d.groupId) : []),
    ],
    ...(within ? { within } : {}),
  };
};

const deliverableCommand = lifecycleCommandsOf('deliverable', 'deliverableId', deliverableScope);

export const deliverableCommands: CommandDefinition[] = [
  {
    type: 'planDeliverable',
    kind: 'deliverable',
    schema: commandSchema('planDeliverable', 'deliverableId', { deliverable: Deliverable }) as never,
    target: (c) => c.deliverableId as string,
    creates: (c) => ({ input: c.deliverable }),
    authority: () => 'produceDeliverable',
    scope: deliverableScope,
  },
  deliverableCommand('startDrafting', 'startDrafting', 'produceDeliverable'),
  deliverableCommand('submitDeliverable', 'submitForReview', 'produceDeliverable', payloadOf(SubmitForReview)),
  { ...deliverableCommand('requestChanges', 'requestChanges', 'approveDeliverable', payloadOf(RequestChanges)), reason: (c) => c.comment as string },
  deliverableCommand('approveDeliverable', 'approveDeliverable', 'approveDeliverable', payloadOf(ApproveDeliverable)),
  deliverableCommand('publishDeliverable', 'publishDeliverable', 'publishRecords', payloadOf(PublishDeliverable)),
  {
    ...deliverableCommand('archiveDeliverable', 'archiveDeliverable', 'approveDeliverable', payloadOf(ArchiveDeliverable)),
    reason: (c) => c.reason as string | undefined,
  },
];

const agreementScope = (c: Record<string, unknown>, ctx: CommandContext) => {
  const a = (ctx.aggregate?.snapshot.context ?? c.agreement) as Agreement | undefined;
  return a?.mandateId
    ? { plans: staffingPlansForMandate(ctx.state, a.mandateId), within: { kind: 'mandate' as const, id: a.mandateId } }
    : { plans: [] };
};

const agreementCommand = lifecycleCommandsOf('agreement', 'agreementId', agreementScope);

export const agreementCommands: CommandDefinition[] = [
  {
    type: 'draftAgreement',
    kind: 'agreement',
    schema: commandSchema('draftAgreement', 'agreementId', { agreement: NewAgreement }) as never,
    target: (c) => c.agreementId as string,
    creates: (c) => ({ input: c.agreement }),
    authority: () => 'negotiateAgreement',
    scope: agreementScope,
  },
  agreementCommand('addParty', 'addParty', 'negotiateAgreement', payloadOf(AddParty)),
  agreementCommand('removeParty', 'removeParty', 'negotiateAgreement', payloadOf(RemoveParty)),
  agreementCommand('sendOnReferral', 'sendOnReferral', 'negotiateAgreement'),
  {
    ...agreementCommand('recordPartyDecision', 'recordPartyDecision', 'recordPartyDecision', payloadOf(RecordPartyDecision)),
    // Each party decides for itself: a representative's role counts only for their own organisation.
    scope: (c, ctx) => ({ ...agreementScope(c, ctx), organisationId: c.organisationId as string }),
    reason: (c) => c.reason as string | undefined,
  },
  { ...agreementCommand('reviseAgreement', 'revise', 'negotiateAgreement', payloadOf(Revise)), reason: (c) => c.reason as string },
  { ...agreementCommand('abandonAgreement', 'abandonAgreement', 'negotiateAgreement', payloadOf(AbandonAgreement)), reason: (c) => c.reason as string },
];
