/**
 * Mandate commands. The commissioner approves, extends and ends; whoever drafts the mandate
 * (the process leader with the representatives) submits it and proposes amendments; named
 * bodies review. A change to the staffing plan or meetings needs only its own authority and
 * applies at once; every other change waits for the commissioner.
 */
import * as z from 'zod';
import type { MandateContext } from '../../mandate/mandate.machine.js';
import { applyChange, appliesDirectly, isIntegerVersion } from '../../mandate/mandate.rules.js';
import {
  AmendableSection,
  EscalationOutcome,
  GoalStatus,
  ImportedApproval,
  Mandate,
  MandateParty,
  mandateSectionLabels,
  ReviewBody,
  ReviewOutcome,
  sectionSchemas,
} from '../../mandate/mandate.schema.js';
import type { Authority } from '../../role/authority.js';
import { withinContext } from '../../shared/issue-context.js';
import { Id, IsoDate, Label, Text } from '../../shared/primitives.schema.js';
import type { LocalizedText } from '../../shared/localized.js';
import { localizedError } from '../../shared/validation.js';
import { StaffingPlan } from '../../staffing/staffing-plan.schema.js';
import { fillSeat, leaveSeat } from '../../staffing/staffing.rules.js';
import { authoritiesHeld, rolesById } from '../authority.js';
import {
  commandSchema,
  eventFrom,
  type AuthorityScope,
  type CommandContext,
  defineCommand,
  type MachineEventBody,
} from '../command-definition.js';
import { commissionerRefusal, commissionerSeats, governingRefusal } from '../commissioner.js';
import { commandError, type CommandError } from '../errors.js';
import { currentMandate, mandatesGoverningGroup, staffingPlansForGroup, staffingPlansForMandate } from '../membership.js';
import { governingAuthoritiesBeyondSender } from '../staffing-change.js';

const T = 'mandateId';
const target = (c: Record<string, unknown>) => c[T] as string;

/**
 * A mandate's people: those its staffing in force seats (none while it is a draft), those of the
 * groups it names, and its commissioner through that relation.
 */
const scope = (c: Record<string, unknown>, ctx: CommandContext): AuthorityScope => {
  const mandate = currentMandate(ctx.state, target(c));
  return {
    plans: staffingPlansForMandate(ctx.state, target(c)),
    relations: mandate ? commissionerSeats(ctx.state, mandate) : [],
    within: { kind: 'mandate', id: target(c) },
  };
};

/** The commissioner's id, which the machine checks on every decision of the commissioner. */
function commissionerOf(ctx: CommandContext): string {
  return (ctx.aggregate?.snapshot.context as MandateContext | undefined)?.mandate.commissioner.id ?? '';
}

function lifecycle<C extends string, P extends z.ZodRawShape = Record<never, never>>(
  type: C,
  eventType: string,
  authority: Authority,
  payload: P = {} as P,
  options: { asCommissioner?: boolean; reason?: boolean } = {},
) {
  const base = eventFrom(eventType, T);
  return defineCommand({
    type,
    kind: 'mandate',
    schema: commandSchema(type, T, payload),
    target,
    authority: () => authority,
    scope,
    machineEvent: eventType,
    event: (c, ctx): MachineEventBody =>
      options.asCommissioner ? { ...base(c), asCommissioner: commissionerOf(ctx) } : base(c),
    ...(options.reason ? { reason: (c: Record<string, unknown>) => c.reason as string | undefined } : {}),
  });
}

/**
 * A new mandate is drafted by someone who already holds the drafting authority where it will
 * belong — in a group it names, or in the mandate it refines — never through its own draft plan.
 * What it names must exist: its groups, its parent and its commissioner.
 */
/** What a new mandate names that does not exist — a group, its parent mandate, its commissioner — or undefined. */
function missingOf(mandate: Mandate, ctx: CommandContext): LocalizedText | undefined {
  const { dataset } = ctx.state;
  const missing = mandate.organisation.groupIds.find((g) => !dataset.groups.some((x) => x.id === g));
  if (missing !== undefined) return { sv: `Gruppen «${missing}» finns inte`, en: `The group «${missing}» does not exist` };
  if (mandate.parentMandateId !== undefined && !currentMandate(ctx.state, mandate.parentMandateId)) {
    return { sv: `Uppdraget «${mandate.parentMandateId}» finns inte`, en: `The mandate «${mandate.parentMandateId}» does not exist` };
  }
  const commissioner = mandate.commissioner.id;
  if (![dataset.groups, dataset.organisations, dataset.people].some((list) => list.some((x) => x.id === commissioner))) {
    return {
      sv: `Uppdragsgivaren «${commissioner}» finns inte som grupp, organisation eller person`,
      en: `The commissioner «${commissioner}» does not exist as a group, organisation or person`,
    };
  }
  return undefined;
}

const createMandate = defineCommand({
  type: 'createMandate',
  kind: 'mandate',
  schema: commandSchema('createMandate', T, { mandate: Mandate }),
  target,
  creates: (c, ctx) => {
    const mandate = c.mandate as Mandate;
    const missing = missingOf(mandate, ctx);
    return missing ? { missing } : { input: { mandate } };
  },
  authority: () => 'draftMandate',
  check: (c, ctx) => commissionerRefusal(ctx.state, c.mandate as Mandate),
  scope: (c, ctx) => {
    const mandate = c.mandate as Mandate | undefined;
    const groups = mandate?.organisation.groupIds ?? [];
    const parent = mandate?.parentMandateId;
    return {
      plans: [...groups.flatMap((g) => staffingPlansForGroup(ctx.state, g)), ...(parent ? staffingPlansForMandate(ctx.state, parent) : [])],
      ...(groups[0] !== undefined ? { within: { kind: 'group' as const, id: groups[0] } } : {}),
    };
  },
});

/**
 * Bring a mandate approved elsewhere (on paper, by a board) in as approved: the document with
 * its version history, the day of the decision and where it is recorded. Only someone who speaks
 * for the commissioner it names records it — the decision is the commissioner's — and that
 * commissioner must already approve mandates in every group it names, as for an approval here.
 */
const importApprovedMandate = defineCommand({
  type: 'importApprovedMandate',
  kind: 'mandate',
  schema: commandSchema('importApprovedMandate', T, { mandate: Mandate, approval: ImportedApproval }).superRefine((c, ctx) => {
    const version = (c.mandate as { version?: unknown }).version;
    if (typeof version === 'string' && /^\d+\.\d+$/.test(version) && !isIntegerVersion(version)) {
      ctx.addIssue({
        code: 'custom',
        path: ['mandate', 'version'],
        ...localizedError('ett fastställt uppdrag har en heltalsversion (1.0, 2.0 …)', 'an approved mandate has an integer version (1.0, 2.0 …)'),
      });
    }
  }),
  target,
  creates: (c, ctx) => {
    const mandate = c.mandate as Mandate;
    const missing = missingOf(mandate, ctx);
    return missing ? { missing } : { input: { mandate, imported: { ...(c.approval as ImportedApproval), recordedBy: c.by, recordedAt: c.at } } };
  },
  authority: () => 'approveMandate',
  scope: (c, ctx) => {
    const mandate = c.mandate as Mandate;
    return { plans: [], relations: commissionerSeats(ctx.state, mandate), within: { kind: 'mandate', id: mandate.id } };
  },
  check: (c, ctx) => commissionerRefusal(ctx.state, c.mandate as Mandate) ?? governingRefusal(ctx.state, c.mandate as Mandate),
});

/** Whether the mandate came with the network's data (whose groups the administrator attached). */
const inDataset = (ctx: CommandContext, mandateId: string) => ctx.state.dataset.mandates.some((m) => m.id === mandateId);

/**
 * Approving a mandate created by command makes it govern the groups it names: its commissioner
 * must approve mandates in each of them (see `governingRefusal`).
 */
const approveMandate = defineCommand({
  ...lifecycle('approveMandate', 'approve', 'approveMandate', { reason: Text.optional() }, { asCommissioner: true }),
  check: (c, ctx) => {
    const mandate = currentMandate(ctx.state, target(c));
    return mandate && !inDataset(ctx, mandate.id) ? governingRefusal(ctx.state, mandate) : undefined;
  },
});

/** An approved change of a command-created mandate's groups or commissioner is checked as its approval is. */
const approveAmendment = defineCommand({
  ...lifecycle('approveAmendment', 'approveAmendment', 'approveMandate', { reason: Text.optional() }, { asCommissioner: true }),
  check: (_c, ctx) => {
    const context = ctx.aggregate?.snapshot.context as MandateContext | undefined;
    const pending = context?.pendingAmendment;
    if (!context || !pending || inDataset(ctx, context.mandate.id)) return undefined;
    if (pending.change.section !== 'organisation' && pending.change.section !== 'commissioner') return undefined;
    return governingRefusal(ctx.state, applyChange(context.mandate, pending.change));
  },
});

/**
 * The commissioner's decision on a matter escalated from a meeting's minutes, recorded on the
 * mandate that governs the meeting's group and linked back to the minutes (meeting, escalation).
 */
const decideEscalation = defineCommand({
  ...lifecycle(
    'decideEscalation',
    'decideEscalation',
    'decideEscalations',
    { meetingId: Id, escalationId: Id, outcome: EscalationOutcome, decision: Text, reference: Label.optional() },
    { asCommissioner: true },
  ),
  check: (c, ctx) => {
    const meetingId = c.meetingId as string;
    const meeting = ctx.state.meetings.get(meetingId)?.context;
    if (!meeting) return commandError('NOT_FOUND', { sv: `Mötet «${meetingId}» finns inte.`, en: `The meeting «${meetingId}» does not exist.` });
    if (!mandatesGoverningGroup(ctx.state, meeting.groupId).includes(target(c))) {
      return commandError('NOT_FOUND', {
        sv: `Mötet «${meeting.title}» hör inte till en grupp som uppdraget gäller.`,
        en: `The meeting «${meeting.title}» does not belong to a group the mandate concerns.`,
      });
    }
    if (!(meeting.minutes?.escalations ?? []).some((e) => e.id === c.escalationId)) {
      return commandError('NOT_FOUND', {
        sv: `Minnesanteckningarna från «${meeting.title}» har ingen eskalering «${String(c.escalationId)}».`,
        en: `The minutes of «${meeting.title}» have no escalation «${String(c.escalationId)}».`,
      });
    }
    return undefined;
  },
  reason: (c) => c.decision as string,
});

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
) as unknown as AmendMandateSchema;

/** One variant of `amendMandate`'s schema: a section and that section's own content as `change`. */
type AmendVariant<K extends AmendableSection> = ReturnType<
  typeof commandSchema<'amendMandate', typeof T, { section: z.ZodLiteral<K>; change: (typeof sectionSchemas)[K]; reason: z.ZodOptional<typeof Text> }>
>;
type AmendVariants = { [K in AmendableSection]: AmendVariant<K> }[AmendableSection];
/** The type of `amendMandate`'s schema: what a typed app may send, section by section. */
type AmendMandateSchema = z.ZodType<z.output<AmendVariants>, z.input<AmendVariants>>;

/**
 * A direct change of staffing or meetings needs `amendStaffingAndMeetings`; every other change
 * is drafted by those who draft the mandate. A staffing change that touches a seat with a
 * governing authority the sender does not hold waits for the commissioner (`needsApproval`).
 */
const amendMandate = defineCommand({
  ...lifecycle('amendMandate', 'amend', 'draftMandate', {}, { reason: true }),
  schema: amendMandateSchema,
  authority: (c): Authority =>
    appliesDirectly(c.section as AmendableSection) ? 'amendStaffingAndMeetings' : 'draftMandate',
  // A new commissioner must be one already: naming oneself would give the power to approve.
  check: (c, ctx) => {
    const mandate = currentMandate(ctx.state, target(c));
    if (c.section !== 'commissioner' || !mandate) return undefined;
    const commissioner = MandateParty.safeParse(c.change);
    return commissioner.success ? commissionerRefusal(ctx.state, { ...mandate, commissioner: commissioner.data }, ['change']) : undefined;
  },
  event: (c, ctx): MachineEventBody => {
    const body = eventFrom('amend', T)(c);
    const context = ctx.aggregate?.snapshot.context as MandateContext | undefined;
    if (c.section !== 'staffingPlan' || !context) return body;
    // Compared as parsed plans, so defaults (a seat's min and max) do not count as changes.
    const before = StaffingPlan.safeParse(context.mandate.staffingPlan);
    const after = StaffingPlan.safeParse(c.change);
    if (!before.success || !after.success) return body;
    const held = authoritiesHeld(ctx.state, c.by as string, scope(c, ctx));
    const beyond = governingAuthoritiesBeyondSender(before.data, after.data, rolesById(ctx.state), held);
    return beyond.length > 0 ? { ...body, needsApproval: true } : body;
  },
});

/**
 * A body reviews through its members: the body must be a group the network knows, and the
 * reviewer must hold the review authority in that group's own staffing.
 */
const reviewMandate = defineCommand({
  ...lifecycle('reviewMandate', 'review', 'reviewMandate', { body: Id, outcome: ReviewOutcome, comment: Text.optional() }),
  scope: (c, ctx) => ({ plans: staffingPlansForGroup(ctx.state, c.body as string), within: { kind: 'group', id: c.body as string } }),
  check: (c, ctx) => unknownBody(ctx, [c.body as string]),
});

/** The first of `ids` that is no group of the network, as a refusal. */
function unknownBody(ctx: CommandContext, ids: readonly string[]): CommandError | undefined {
  const unknown = ids.find((id) => !ctx.state.dataset.groups.some((g) => g.id === id));
  return unknown === undefined
    ? undefined
    : commandError('NOT_FOUND', {
        sv: `Det granskande organet «${unknown}» finns inte som grupp i nätverket.`,
        en: `The reviewing body «${unknown}» is not a group of the network.`,
      });
}

/** The named reviewers must be groups the network knows: a body that does not exist cannot review. */
const submitMandateForReview = defineCommand({
  ...lifecycle('submitMandateForReview', 'submitForReview', 'draftMandate', { reviewers: z.array(ReviewBody).min(1) }),
  check: (c, ctx) => unknownBody(ctx, (c.reviewers as ReviewBody[]).map((b) => b.id)),
});

/**
 * Filling and leaving one seat of a mandate's staffing plan: the appointer of the seat's
 * organisation (`appointMembers`, held for that organisation; or the commissioner) changes that
 * seat and no other — never the whole plan. The change is the mandate's ordinary staffing change
 * (`amend` of the staffing plan: at once in a draft, as a minor version while active); a seat whose
 * role governs (approves, appoints …) with an authority the sender lacks waits for the commissioner.
 */
function seatCommand<S extends 'fillSeat' | 'leaveSeat'>(type: S) {
  const seatOf = (c: Record<string, unknown>) => ({
    roleId: c.roleId as string,
    organisationId: c.organisationId as string | undefined,
    groupId: c.groupId as string | undefined,
  });
  const changed = (c: Record<string, unknown>, ctx: CommandContext) => {
    const plan = (ctx.aggregate?.snapshot.context as MandateContext | undefined)?.mandate.staffingPlan ?? { entries: [] };
    return { before: plan, after: (type === 'fillSeat' ? fillSeat : leaveSeat)(plan, seatOf(c), c.personId as string) };
  };
  return defineCommand({
    type,
    kind: 'mandate',
    schema: commandSchema(type, T, { roleId: Id, organisationId: Id.optional(), groupId: Id.optional(), personId: Id, reason: Text.optional() }),
    target,
    authority: () => 'appointMembers',
    scope: (c, ctx) => ({ ...scope(c, ctx), organisationId: (c.organisationId as string | undefined) ?? null }),
    machineEvent: 'amend',
    check: (c, ctx) => {
      const { after } = changed(c, ctx);
      return after.ok ? undefined : commandError('NOT_ALLOWED_NOW', after.reason);
    },
    event: (c, ctx): MachineEventBody => {
      const { before, after } = changed(c, ctx);
      const plan = after.ok ? after.plan : before;
      const body: MachineEventBody = { type: 'amend', section: 'staffingPlan', change: plan, ...(c.reason === undefined ? {} : { reason: c.reason }) };
      const held = authoritiesHeld(ctx.state, c.by as string, scope(c, ctx));
      const beyond = governingAuthoritiesBeyondSender(before, plan, rolesById(ctx.state), held);
      return beyond.length > 0 ? { ...body, needsApproval: true } : body;
    },
    reason: (c) => c.reason as string | undefined,
  });
}

export const mandateCommands = [
  createMandate,
  importApprovedMandate,
  submitMandateForReview,
  reviewMandate,
  approveMandate,
  amendMandate,
  approveAmendment,
  lifecycle('rejectAmendment', 'rejectAmendment', 'approveMandate', { reason: Text }, { asCommissioner: true, reason: true }),
  lifecycle('extendMandate', 'extend', 'extendMandate', { to: IsoDate, reason: Text }, { asCommissioner: true, reason: true }),
  lifecycle('concludeMandate', 'conclude', 'draftMandate', { finalReportId: Id.optional(), summary: Text.optional() }),
  lifecycle('closeMandate', 'close', 'endMandate', {}, { asCommissioner: true }),
  lifecycle('endMandate', 'end', 'endMandate', { reason: Text }, { asCommissioner: true, reason: true }),
  seatCommand('fillSeat'),
  seatCommand('leaveSeat'),
  decideEscalation,
  defineCommand({
    ...lifecycle('followUpGoal', 'followUpGoal', 'followUpGoals', { goalId: Id, status: GoalStatus, comment: Text.optional() }),
    check: (c, ctx) => {
      const goals = (ctx.aggregate?.snapshot.context as MandateContext | undefined)?.mandate.goals ?? [];
      return goals.some((g) => g.id === c.goalId)
        ? undefined
        : commandError('NOT_FOUND', { sv: `Uppdraget har inget mål «${String(c.goalId)}».`, en: `The mandate has no goal «${String(c.goalId)}».` });
    },
    reason: (c) => c.comment as string | undefined,
  }),
];
