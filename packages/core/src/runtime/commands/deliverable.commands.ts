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
import * as z from 'zod';
import { Deliverable } from '../../deliverable/deliverable.schema.js';
import { outlineFrom, recurringDeliverable } from '../../deliverable/recurring-deliverable.rules.js';
import type { LocalizedText } from '../../shared/localized.js';
import { Id } from '../../shared/primitives.schema.js';
import { commandError } from '../errors.js';
import {
  commandSchema,
  lifecycleCommandsOf,
  payloadOf,
  type CommandContext,
  defineCommand,
} from '../command-definition.js';
import { currentMandate, staffingPlansForGroup, staffingPlansForMandate } from '../membership.js';

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

/** A deliverable produced from a template starts with the template's outline (unless it brings its own). */
function withTemplate(deliverable: Deliverable, ctx: CommandContext): { input: Deliverable } | { missing: LocalizedText } {
  if (deliverable.templateId === undefined || deliverable.outline !== undefined) return { input: deliverable };
  const outline = outlineFrom(ctx.state.dataset.deliverableTemplates, deliverable.templateId);
  return outline
    ? { input: { ...deliverable, outline } }
    : { missing: { sv: `Mallen «${deliverable.templateId}» finns inte`, en: `The template «${deliverable.templateId}» does not exist` } };
}

/**
 * Each year's deliverable of a recurring one (the annual report): the mandate says what recurs,
 * when it is due and which template it is produced from; the deliverable gets its due date and
 * outline from there. Each year once.
 */
const planRecurringDeliverable = defineCommand({
  type: 'planRecurringDeliverable',
  kind: 'deliverable',
  schema: commandSchema('planRecurringDeliverable', 'deliverableId', { mandateId: Id, mandateDeliverableId: Id, year: z.int().min(2000).max(2100) }),
  target: (c) => c.deliverableId as string,
  creates: (c, ctx) => {
    const mandate = currentMandate(ctx.state, c.mandateId as string);
    if (!mandate) return { missing: { sv: `Uppdraget «${String(c.mandateId)}» finns inte`, en: `The mandate «${String(c.mandateId)}» does not exist` } };
    const made = recurringDeliverable(mandate, c.mandateDeliverableId as string, c.year as number, c.deliverableId as string, ctx.state.dataset.deliverableTemplates);
    return made.ok ? { input: made.deliverable } : { missing: made.reason };
  },
  authority: () => 'produceDeliverable',
  scope: (c, ctx) => ({ plans: staffingPlansForMandate(ctx.state, c.mandateId as string), within: { kind: 'mandate', id: c.mandateId as string } }),
  // Each year's once.
  check: (c, ctx) => {
    const twin = [...ctx.state.deliverables.values()].find(
      (d) => d.context.mandateId === c.mandateId && d.context.occurrence?.mandateDeliverableId === c.mandateDeliverableId && d.context.occurrence?.year === c.year,
    );
    return twin
      ? commandError('CONFLICT', { sv: `Leveransen för ${String(c.year)} finns redan («${twin.id}»).`, en: `The deliverable for ${String(c.year)} already exists («${twin.id}»).` })
      : undefined;
  },
});

export const deliverableCommands = [
  defineCommand({
    type: 'planDeliverable',
    kind: 'deliverable',
    schema: commandSchema('planDeliverable', 'deliverableId', { deliverable: Deliverable }),
    target: (c) => c.deliverableId as string,
    creates: (c, ctx) => withTemplate(c.deliverable as Deliverable, ctx),
    authority: () => 'produceDeliverable',
    scope: deliverableScope,
  }),
  planRecurringDeliverable,
  deliverableCommand('startDrafting', 'startDrafting', 'produceDeliverable'),
  deliverableCommand('submitDeliverable', 'submitForReview', 'produceDeliverable', payloadOf(SubmitForReview)),
  defineCommand({ ...deliverableCommand('requestChanges', 'requestChanges', 'approveDeliverable', payloadOf(RequestChanges)), reason: (c) => c.comment as string }),
  deliverableCommand('approveDeliverable', 'approveDeliverable', 'approveDeliverable', payloadOf(ApproveDeliverable)),
  deliverableCommand('publishDeliverable', 'publishDeliverable', 'publishRecords', payloadOf(PublishDeliverable)),
  defineCommand({
    ...deliverableCommand('archiveDeliverable', 'archiveDeliverable', 'approveDeliverable', payloadOf(ArchiveDeliverable)),
    reason: (c) => c.reason as string | undefined,
  }),
];

const agreementScope = (c: Record<string, unknown>, ctx: CommandContext) => {
  const a = (ctx.aggregate?.snapshot.context ?? c.agreement) as Agreement | undefined;
  return a?.mandateId
    ? { plans: staffingPlansForMandate(ctx.state, a.mandateId), within: { kind: 'mandate' as const, id: a.mandateId } }
    : { plans: [] };
};

const agreementCommand = lifecycleCommandsOf('agreement', 'agreementId', agreementScope);

export const agreementCommands = [
  defineCommand({
    type: 'draftAgreement',
    kind: 'agreement',
    schema: commandSchema('draftAgreement', 'agreementId', { agreement: NewAgreement }),
    target: (c) => c.agreementId as string,
    creates: (c) => ({ input: c.agreement }),
    authority: () => 'negotiateAgreement',
    scope: agreementScope,
  }),
  agreementCommand('addParty', 'addParty', 'negotiateAgreement', payloadOf(AddParty)),
  agreementCommand('removeParty', 'removeParty', 'negotiateAgreement', payloadOf(RemoveParty)),
  agreementCommand('sendOnReferral', 'sendOnReferral', 'negotiateAgreement'),
  defineCommand({
    ...agreementCommand('recordPartyDecision', 'recordPartyDecision', 'recordPartyDecision', payloadOf(RecordPartyDecision)),
    // Each party decides for itself: a representative's role counts only for their own organisation.
    scope: (c, ctx) => ({ ...agreementScope(c, ctx), organisationId: c.organisationId as string }),
    reason: (c) => c.reason as string | undefined,
  }),
  defineCommand({ ...agreementCommand('reviseAgreement', 'revise', 'negotiateAgreement', payloadOf(Revise)), reason: (c) => c.reason as string }),
  defineCommand({ ...agreementCommand('abandonAgreement', 'abandonAgreement', 'negotiateAgreement', payloadOf(AbandonAgreement)), reason: (c) => c.reason as string }),
];
