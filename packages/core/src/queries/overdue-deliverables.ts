/**
 * Försenade leveranser — deliverables past their due date and not yet approved, most overdue
 * first (the rule is `overdueDeliverables`: due today is still in time), with the title, the
 * owner's name (a person, or a role whoever holds it) and the mandate that requires it.
 */
import { deliverableKindLabel, type DeliverableKindValue } from '../deliverable/deliverable-kind.js';
import { overdueDeliverables } from '../deliverable/deliverable.rules.js';
import {
  deliverableStatusLabels,
  type DeliverableOwnerKind,
  type DeliverableStatus,
  type DeliverableWithStatus,
} from '../deliverable/deliverable.schema.js';
import type { RuntimeState } from '../runtime/state.js';
import type { LocalizedText } from '../shared/localized.js';
import { findRole, groupName, mandateTitle, personName } from './lookup.js';

export interface OverdueDeliverablesParams {
  /** The Swedish calendar day the view is for. */
  today: string;
  mandateId?: string;
  groupId?: string;
}

export interface OverdueDeliverableRow {
  deliverableId: string;
  title: string;
  kind: DeliverableKindValue;
  kindLabel: LocalizedText;
  status: DeliverableStatus;
  statusLabel: LocalizedText;
  due: string;
  daysOverdue: number;
  owner: { id: string; kind: DeliverableOwnerKind; name: string | undefined };
  mandate: { id: string; title: string | undefined } | null;
  group: { id: string; name: string | undefined } | null;
}

/**
 * The deliverables with their current status: the live aggregates, and any deliverable of
 * the dataset the runtime has no aggregate for yet (still planned).
 */
export function deliverablesWithStatus(state: RuntimeState): DeliverableWithStatus[] {
  const live = [...state.deliverables.values()].map((v) => ({ ...v.context, status: v.status }));
  const seen = new Set(live.map((d) => d.id));
  const planned = state.dataset.deliverables
    .filter((d) => !seen.has(d.id))
    .map((d) => ({ ...d, status: 'planned' as const }));
  return [...live, ...planned];
}

export function overdueDeliverablesQuery(state: RuntimeState, params: OverdueDeliverablesParams): OverdueDeliverableRow[] {
  const items = deliverablesWithStatus(state)
    .filter((d) => params.mandateId === undefined || d.mandateId === params.mandateId)
    .filter((d) => params.groupId === undefined || d.groupId === params.groupId);
  return overdueDeliverables(items, params.today).map(({ deliverable: d, daysOverdue }) => ({
    deliverableId: d.id,
    title: d.title,
    kind: d.kind,
    kindLabel: deliverableKindLabel(d.kind, state.dataset.vocabulary),
    status: d.status,
    statusLabel: deliverableStatusLabels[d.status],
    due: d.due,
    daysOverdue,
    owner: {
      id: d.ownerId,
      kind: d.ownerKind,
      name: d.ownerKind === 'role' ? findRole(state, d.ownerId)?.name : personName(state, d.ownerId),
    },
    mandate: d.mandateId === undefined ? null : { id: d.mandateId, title: mandateTitle(state, d.mandateId) },
    group: d.groupId === undefined ? null : { id: d.groupId, name: groupName(state, d.groupId) },
  }));
}
