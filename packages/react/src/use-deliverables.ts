/**
 * Leveranser as a board: the deliverables of a mandate or a group by status, which are overdue
 * today (core's `overdueDeliverablesQuery`, with today from the provider's clock), and for each
 * the deliverable commands the current actor could try.
 */
import { useMemo } from 'react';
import {
  DeliverableStatus,
  deliverableKindLabel,
  textFor,
  deliverableStatusLabels,
  swedishDate,
  type DeliverableWithStatus,
} from '@samverkan/core';
import { deliverablesWithStatus, overdueDeliverablesQuery, type OverdueDeliverableRow } from '@samverkan/core/runtime';
import { PROBE_TEXT, probeAll, type CommandAvailability } from './command-availability.js';
import { useSamverkan } from './samverkan-provider.js';
import { authorityInputs, useRuntimeState } from './use-runtime-state.js';

/** The deliverable commands, in lifecycle order. */
export const deliverableActionTypes = [
  'startDrafting',
  'submitDeliverable',
  'requestChanges',
  'approveDeliverable',
  'publishDeliverable',
  'archiveDeliverable',
] as const;
export type DeliverableActionType = (typeof deliverableActionTypes)[number];

export interface UseDeliverablesParams {
  /** Only the deliverables of this mandate. */
  mandateId?: string;
  /** Only the deliverables of this group. */
  groupId?: string;
}

export interface DeliverableRow {
  deliverable: DeliverableWithStatus;
  id: string;
  title: string;
  status: DeliverableStatus;
  /** In the provider's locale. */
  statusLabel: string;
  kindLabel: string;
  due: string;
  /** How many days overdue today; `null` when not overdue. */
  daysOverdue: number | null;
  /** Every deliverable command for the current actor, keyed and ordered by type. */
  actions: Record<DeliverableActionType, CommandAvailability<DeliverableActionType>>;
}

export interface DeliverableColumn {
  status: DeliverableStatus;
  label: string;
  rows: DeliverableRow[];
}

export interface UseDeliverablesResult {
  /** Today's Swedish calendar day, from the provider's clock. */
  today: string;
  /** Soonest due first. */
  rows: DeliverableRow[];
  /** One column per status, in lifecycle order (empty ones included). */
  columns: DeliverableColumn[];
  /** Overdue today, most overdue first (core's query). */
  overdue: OverdueDeliverableRow[];
}

export function useDeliverables(params: UseDeliverablesParams = {}): UseDeliverablesResult {
  const { mandateId, groupId } = params;
  const { runtime, actor, locale, now } = useSamverkan();
  const state = useRuntimeState((s) => [s.deliverables, ...authorityInputs(s)]);

  return useMemo(() => {
    const today = swedishDate(now);
    const filter = { ...(mandateId === undefined ? {} : { mandateId }), ...(groupId === undefined ? {} : { groupId }) };
    const overdue = overdueDeliverablesQuery(state, { today, ...filter });
    const late = new Map(overdue.map((o) => [o.deliverableId, o.daysOverdue]));
    const context = { runtime, actor, locale, now };
    const rows = deliverablesWithStatus(state)
      .filter((d) => (mandateId === undefined || d.mandateId === mandateId) && (groupId === undefined || d.groupId === groupId))
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1))
      .map((d): DeliverableRow => {
        const target = { deliverableId: d.id };
        return {
          deliverable: d,
          id: d.id,
          title: d.title,
          status: d.status,
          statusLabel: deliverableStatusLabels[d.status][locale],
          kindLabel: textFor(deliverableKindLabel(d.kind, state.dataset.vocabulary), locale),
          due: d.due,
          daysOverdue: late.get(d.id) ?? null,
          actions: probeAll(context, {
            startDrafting: target,
            submitDeliverable: target,
            requestChanges: { ...target, comment: PROBE_TEXT },
            approveDeliverable: target,
            publishDeliverable: target,
            archiveDeliverable: target,
          }),
        };
      });
    const columns = DeliverableStatus.options.map((status) => ({
      status,
      label: deliverableStatusLabels[status][locale],
      rows: rows.filter((r) => r.status === status),
    }));
    return { today, rows, columns, overdue };
  }, [runtime, actor, locale, now, mandateId, groupId, state]);
}
