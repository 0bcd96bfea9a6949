/**
 * Mandate commands. The commissioner approves, extends and ends; whoever drafts the mandate
 * (the process leader with the representatives) submits it and proposes amendments; named
 * bodies review. A change to the staffing plan or meetings needs only its own authority and
 * applies at once; every other change waits for the commissioner.
 */
import * as z from 'zod';
import type { MandateContext } from '../../mandate/mandate.machine.js';
import { appliesDirectly } from '../../mandate/mandate.rules.js';
import {
  AmendableSection,
  Mandate,
  mandateSectionLabels,
  ReviewBody,
  ReviewOutcome,
  sectionSchemas,
} from '../../mandate/mandate.schema.js';
import type { Authority } from '../../role/authority.js';
import { withinContext } from '../../shared/issue-context.js';
import { Id, IsoDate, Text } from '../../shared/primitives.schema.js';
import {
  commandSchema,
  eventFrom,
  type CommandContext,
  type CommandDefinition,
  type MachineEventBody,
} from '../command-definition.js';
import { staffingPlansForGroup, staffingPlansForMandate } from '../membership.js';

const T = 'mandateId';
const target = (c: Record<string, unknown>) => c[T] as string;
const scope = (c: Record<string, unknown>, ctx: CommandContext) => ({
  plans: staffingPlansForMandate(ctx.state, target(c)),
  within: { kind: 'mandate' as const, id: target(c) },
});

/** The commissioner's id, which the machine checks on every decision of the commissioner. */
function commissionerOf(ctx: CommandContext): string {
  return (ctx.aggregate?.snapshot.context as MandateContext | undefined)?.mandate.commissioner.id ?? '';
}

function lifecycle(
  type: string,
  eventType: string,
  authority: Authority,
  payload: z.ZodRawShape = {},
  options: { asCommissioner?: boolean; reason?: boolean } = {},
): CommandDefinition {
  const base = eventFrom(eventType, T);
  return {
    type,
    kind: 'mandate',
    schema: commandSchema(type, T, payload) as never,
    target,
    authority: () => authority,
    scope,
    event: (c, ctx): MachineEventBody =>
      options.asCommissioner ? { ...base(c), asCommissioner: commissionerOf(ctx) } : base(c),
    ...(options.reason ? { reason: (c: Record<string, unknown>) => c.reason as string | undefined } : {}),
  };
}

const createMandate: CommandDefinition = {
  type: 'createMandate',
  kind: 'mandate',
  schema: commandSchema('createMandate', T, { mandate: Mandate }) as never,
  target,
  creates: (c) => ({ input: { mandate: c.mandate } }),
  authority: () => 'draftMandate',
  // A new mandate has no staffing plan in force yet: its own draft plan names who may draft it.
  scope: (c) => ({ plans: [(c.mandate as Mandate).staffingPlan] }),
};

/**
 * The command schema of `amendMandate`: one variant per amendable section, whose `change` is
 * that section's own schema (`sectionSchemas`). So a change is parsed like the document it
 * becomes part of — no unknown fields, no oversized text — and what is stored (and may end up
 * in an approved public version) is the parsed change; a wrong one is refused with its path
 * and the section named.
 */
const amendMandateSchema = z.discriminatedUnion(
  'section',
  AmendableSection.options.map((section) =>
    commandSchema('amendMandate', T, {
      section: z.literal(section),
      change: withinContext(sectionSchemas[section], mandateSectionLabels[section]),
      reason: Text.optional(),
    }),
  ) as unknown as [ReturnType<typeof commandSchema>, ...ReturnType<typeof commandSchema>[]],
);

const amendMandate: CommandDefinition = {
  ...lifecycle('amendMandate', 'amend', 'draftMandate', {}, { reason: true }),
  schema: amendMandateSchema as never,
  authority: (c): Authority =>
    appliesDirectly(c.section as AmendableSection) ? 'amendStaffingAndMeetings' : 'draftMandate',
};

export const mandateCommands: CommandDefinition[] = [
  createMandate,
  lifecycle('submitMandateForReview', 'submitForReview', 'draftMandate', { reviewers: z.array(ReviewBody).min(1) }),
  {
    ...lifecycle('reviewMandate', 'review', 'reviewMandate', { body: Id, outcome: ReviewOutcome, comment: Text.optional() }),
    // A body reviews through its members: a group reviews through its own members only; a
    // body the dataset does not know as a group through the mandate's people.
    scope: (c, ctx) =>
      ctx.state.dataset.groups.some((g) => g.id === c.body)
        ? { plans: staffingPlansForGroup(ctx.state, c.body as string), within: { kind: 'group', id: c.body as string } }
        : scope(c, ctx),
  },
  lifecycle('approveMandate', 'approve', 'approveMandate', { reason: Text.optional() }, { asCommissioner: true }),
  amendMandate,
  lifecycle('approveAmendment', 'approveAmendment', 'approveMandate', { reason: Text.optional() }, { asCommissioner: true }),
  lifecycle('rejectAmendment', 'rejectAmendment', 'approveMandate', { reason: Text }, { asCommissioner: true, reason: true }),
  lifecycle('extendMandate', 'extend', 'extendMandate', { to: IsoDate, reason: Text }, { asCommissioner: true, reason: true }),
  lifecycle('concludeMandate', 'conclude', 'draftMandate', { finalReportId: Id.optional(), summary: Text.optional() }),
  lifecycle('closeMandate', 'close', 'endMandate', {}, { asCommissioner: true }),
  lifecycle('endMandate', 'end', 'endMandate', { reason: Text }, { asCommissioner: true, reason: true }),
];
