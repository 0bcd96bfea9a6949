/**
 * Some of a meeting's commands, each allowed or refused with core's reason — for a part of a
 * page that offers only those (the lifecycle panel, the agenda builder, the minutes). Every
 * probe is a full check by core, so a page that splits its parts this way asks core only what
 * it shows, and each part's render stays short. Answers are the same as `useMeeting`'s.
 */
import { useMemo } from 'react';
import { probeAll, type CommandAvailability } from './command-availability.js';
import { useSamverkan } from './samverkan-provider.js';
import { authorityInputs, useRuntimeState } from './use-runtime-state.js';
import { meetingProbes, type MeetingActionType } from './use-meeting.js';

/**
 * The commands `types` of meeting `meetingId` for the current actor, keyed by type. Asked again
 * only when the meeting, the dataset or the mandates change (or the actor, locale, now or the
 * list of types), not when another aggregate does.
 */
export function useMeetingActions<T extends MeetingActionType>(
  meetingId: string,
  types: readonly T[],
): Record<T, CommandAvailability<T>> {
  const { runtime, actor, locale, now } = useSamverkan();
  const state = useRuntimeState((s) => [s.meetings.get(meetingId), ...authorityInputs(s)]);
  const view = state.meetings.get(meetingId);
  // The list's content, not its identity: callers may pass a new array on every render.
  const key = types.join(' ');
  return useMemo(() => {
    const all = meetingProbes(meetingId, view?.context, now);
    const wanted = {} as Record<T, Record<string, unknown>>;
    for (const type of key === '' ? [] : (key.split(' ') as T[])) wanted[type] = all[type];
    return probeAll({ runtime, actor, locale, now }, wanted);
    // `state` changes when the dataset or the mandates do, which the authority answers read.
  }, [runtime, actor, locale, now, meetingId, view, state, key]);
}
