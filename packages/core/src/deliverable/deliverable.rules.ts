import { daysBetween } from '../shared/dates.js';
import type { IsoDate } from '../shared/primitives.schema.js';
import type { DeliverableStatus } from './deliverable.schema.js';

/** What the overdue rule needs to know about a deliverable. */
export interface DueItem {
  due: IsoDate;
  status: DeliverableStatus;
}

/** A deliverable past its due date, and by how many days. */
export interface OverdueDeliverable<T extends DueItem = DueItem> {
  deliverable: T;
  daysOverdue: number;
}

/**
 * Statuses in which a deliverable is done with as far as the due date goes: approved (the
 * due date is the day it must be approved by), published, or archived (filed or dropped).
 */
export const settledDeliverableStatuses: readonly DeliverableStatus[] = ['approved', 'published', 'archived'];

/** True when the deliverable no longer counts towards its due date. */
export function isSettled(status: DeliverableStatus): boolean {
  return settledDeliverableStatuses.includes(status);
}

/** Days past the due date on `today`, 0 when it is not overdue. Due today is not overdue. */
export function daysOverdue(item: DueItem, today: IsoDate): number {
  if (isSettled(item.status)) return 0;
  return Math.max(0, daysBetween(item.due, today));
}

/** True when the deliverable is not settled and its due date has passed (due today is still in time). */
export function isOverdue(item: DueItem, today: IsoDate): boolean {
  return daysOverdue(item, today) > 0;
}

/** The overdue deliverables on `today`, most overdue first (ties keep their order). */
export function overdueDeliverables<T extends DueItem>(items: readonly T[], today: IsoDate): OverdueDeliverable<T>[] {
  return items
    .map((deliverable) => ({ deliverable, daysOverdue: daysOverdue(deliverable, today) }))
    .filter((o) => o.daysOverdue > 0)
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}
