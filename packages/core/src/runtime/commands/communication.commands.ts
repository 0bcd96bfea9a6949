/**
 * Communication-plan commands (seed 001): the plan's activities are marked done or cancelled,
 * the plan is revised (after every finished theme) and followed up against its know/feel/do
 * goals — by those who run the communication (`communicate`) in the plan's mandate: the project
 * leader and the communicator.
 */
import { CancelActivityEvent, CompleteActivityEvent, FollowUpEvent, ReviseEvent } from '../../communication/communication-plan.events.js';
import type { CommunicationPlanContext } from '../../communication/communication-plan.machine.js';
import { lifecycleCommandsOf, payloadOf, type CommandContext } from '../command-definition.js';
import { staffingPlansForMandate } from '../membership.js';

const scope = (_c: Record<string, unknown>, ctx: CommandContext) => {
  const mandateId = (ctx.aggregate?.snapshot.context as CommunicationPlanContext | undefined)?.plan.mandateId;
  return mandateId ? { plans: staffingPlansForMandate(ctx.state, mandateId), within: { kind: 'mandate' as const, id: mandateId } } : { plans: [] };
};

const command = lifecycleCommandsOf('communicationPlan', 'communicationPlanId', scope);

export const communicationCommands = [
  command('completeCommunicationActivity', 'completeActivity', 'communicate', payloadOf(CompleteActivityEvent), { reason: (c) => c.note as string | undefined }),
  command('cancelCommunicationActivity', 'cancelActivity', 'communicate', payloadOf(CancelActivityEvent), { reason: (c) => c.reason as string }),
  command('reviseCommunicationPlan', 'revise', 'communicate', payloadOf(ReviseEvent), { reason: (c) => c.reason as string }),
  command('followUpCommunicationPlan', 'followUp', 'communicate', payloadOf(FollowUpEvent), { reason: (c) => c.comment as string | undefined }),
];
