/**
 * Eskalerade frågor — every matter a group escalated to its commissioner from its minutes, beside
 * the minutes that raised it and, once made, the commissioner's decision (recorded on the mandate
 * that governs the group). Unanswered ones are what the commissioner has still to decide.
 */
import type { EscalationDecision } from '../mandate/mandate.machine.js';
import type { Escalation } from '../meeting/meeting.schema.js';
import { mandatesGoverningGroup } from '../runtime/membership.js';
import type { RuntimeState } from '../runtime/state.js';

export interface EscalationRow {
  /** The meeting whose minutes raised the matter. */
  meetingId: string;
  meetingTitle: string;
  groupId: string;
  startsAt: string;
  escalation: Escalation;
  /** The mandates governing the meeting's group: whose commissioner decides. */
  mandateIds: string[];
  /** The decision, once made, and the mandate it is recorded on. */
  decision?: EscalationDecision & { mandateId: string };
}

/** Every escalation in the network's minutes, oldest meeting first. */
export function escalations(state: RuntimeState): EscalationRow[] {
  const decisions = new Map<string, EscalationDecision & { mandateId: string }>();
  for (const [mandateId, view] of state.mandates) {
    for (const d of view.context.escalationDecisions ?? []) decisions.set(`${d.meetingId}\u0000${d.escalationId}`, { ...d, mandateId });
  }
  return [...state.meetings.values()]
    .filter((m) => (m.context.minutes?.escalations.length ?? 0) > 0)
    .sort((a, b) => Date.parse(a.context.startsAt) - Date.parse(b.context.startsAt))
    .flatMap((m) =>
      m.context.minutes!.escalations.map((escalation) => {
        const decision = decisions.get(`${m.id}\u0000${escalation.id}`);
        return {
          meetingId: m.id,
          meetingTitle: m.context.title,
          groupId: m.context.groupId,
          startsAt: m.context.startsAt,
          escalation,
          mandateIds: mandatesGoverningGroup(state, m.context.groupId),
          ...(decision ? { decision } : {}),
        };
      }),
    );
}
