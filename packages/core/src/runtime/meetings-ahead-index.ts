/**
 * Kommande möten per grupp — an index, kept as events apply, of the meetings still ahead
 * (planned, not held, not cancelled) by group, so "upcoming meetings for a person or a group"
 * reads the few meetings of those groups instead of scanning every meeting of a national log.
 * Each published meetings map has its own index (held beside it, never changed); a new one
 * shares the groups whose meetings did not change.
 */
import type { MeetingStatus } from '../meeting/meeting.schema.js';
import { PublishedMap } from './published-map.js';
import type { MeetingView } from './state.js';

/** States of a meeting that is still ahead: planned, but neither held nor cancelled. */
export const meetingStatusesAhead: readonly MeetingStatus[] = ['planned', 'collectingItems', 'agendaPublished', 'invited'];

/** The ids of the meetings ahead, by group. */
export type MeetingsAheadIndex = ReadonlyMap<string, ReadonlySet<string>>;

const indexes = new WeakMap<ReadonlyMap<string, MeetingView>, MeetingsAheadIndex>();

const isAhead = (view: MeetingView | undefined): boolean => view !== undefined && meetingStatusesAhead.includes(view.status);

/** The index of a meetings map the runtime published; undefined for any other map (a scan is then needed). */
export function meetingsAheadIndexOf(meetings: ReadonlyMap<string, MeetingView>): MeetingsAheadIndex | undefined {
  return indexes.get(meetings);
}

/** Indexes a whole meetings map (a replay, a dataset loaded). */
export function indexMeetingsAhead(meetings: ReadonlyMap<string, MeetingView>): void {
  const byGroup = new Map<string, Set<string>>();
  for (const view of meetings.values()) {
    if (!isAhead(view)) continue;
    let ids = byGroup.get(view.context.groupId);
    if (!ids) byGroup.set(view.context.groupId, (ids = new Set()));
    ids.add(view.id);
  }
  indexes.set(meetings, PublishedMap.of(byGroup));
}

/**
 * Indexes `next`, the meetings map after `changed` meetings moved on from `previous`: only the
 * groups of meetings that came or went from being ahead get new sets.
 */
export function indexMeetingsAheadChanges(previous: ReadonlyMap<string, MeetingView>, next: ReadonlyMap<string, MeetingView>, changed: readonly MeetingView[]): void {
  const before = indexes.get(previous);
  if (!(before instanceof PublishedMap)) {
    indexMeetingsAhead(next);
    return;
  }
  const sets = new Map<string, Set<string>>();
  const setOf = (groupId: string) => {
    let ids = sets.get(groupId);
    if (!ids) sets.set(groupId, (ids = new Set(before.get(groupId))));
    return ids;
  };
  for (const view of changed) {
    const old = previous.get(view.id);
    const wasAhead = isAhead(old);
    const nowAhead = isAhead(view);
    if (wasAhead && nowAhead && old!.context.groupId === view.context.groupId) continue;
    if (wasAhead) setOf(old!.context.groupId).delete(view.id);
    if (nowAhead) setOf(view.context.groupId).add(view.id);
  }
  indexes.set(next, sets.size === 0 ? before : (before as PublishedMap<string, ReadonlySet<string>>).with(sets));
}
