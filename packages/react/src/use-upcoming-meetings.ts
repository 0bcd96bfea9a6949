/**
 * Kommande möten: the meetings ahead of today (the provider's clock), soonest first, each with
 * where it stands and its agenda deadline (core's `upcomingMeetings`).
 */
import { useMemo } from 'react';
import { upcomingMeetings, type UpcomingMeeting } from '@samverkan/core/runtime';
import { useSamverkan } from './samverkan-provider.js';
import { useRuntimeState } from './use-runtime-state.js';

export interface UseUpcomingMeetingsParams {
  /** Only the meetings of this person's groups; e.g. the provider's `actor.personId`. */
  personId?: string;
  /** Only this group's meetings. */
  groupId?: string;
  /** At most this many (the soonest). */
  limit?: number;
}

/** Core's rows as they are: labels in both languages (pick with the provider's `locale`). */
export function useUpcomingMeetings({ personId, groupId, limit }: UseUpcomingMeetingsParams = {}): UpcomingMeeting[] {
  const { now } = useSamverkan();
  const state = useRuntimeState((s) => [s.meetings, s.dataset, s.mandates]);
  return useMemo(
    () =>
      upcomingMeetings(state, {
        now,
        ...(personId === undefined ? {} : { personId }),
        ...(groupId === undefined ? {} : { groupId }),
        ...(limit === undefined ? {} : { limit }),
      }),
    [state, now, personId, groupId, limit],
  );
}
