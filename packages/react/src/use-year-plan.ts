/**
 * Årsplan: one year of a meeting series on the calendar — the series' meetings that year with
 * their lifecycle state (and whether the agenda went out late or the minutes are overdue, by
 * core's queries), the Swedish days off of the year (core's calendar), and, when the caller
 * names the usual weekday, core's proposal for the year (`planSeriesYear`) with why a date moved.
 */
import { useMemo } from 'react';
import {
  meetingStatusLabels,
  planSeriesYear,
  swedishDate,
  swedishDaysOff,
  type LocalizedText,
  type MeetingSeries,
  type MeetingStatus,
  type SeriesYearOptions,
  type SwedishDayOff,
  type YearPlanResult,
} from '@samverkan/core';
import { minutesAwaiting } from '@samverkan/core/runtime';
import { useSamverkan } from './samverkan-provider.js';
import { useRuntimeState } from './use-runtime-state.js';

export interface UseYearPlanParams {
  /** The meeting series, e.g. `fyrbodal:natverksmote`. */
  seriesId: string;
  /** The calendar year, e.g. 2019. */
  year: number;
  /**
   * Ask core for a proposal of the year's dates from the series' cadence (usual weekday, and
   * optionally a first date or blocked dates); no proposal when omitted.
   */
  proposal?: SeriesYearOptions;
}

export interface YearPlanMeeting {
  meetingId: string;
  title: string;
  startsAt: string;
  /** The Swedish calendar day of `startsAt`. */
  date: string;
  status: MeetingStatus;
  statusLabel: LocalizedText;
  /** The agenda went out after its deadline (core records the reason). */
  agendaLate: boolean;
  lateReason: string | undefined;
  cancelledReason: string | undefined;
  /** Held, and the minutes are past their due date today (core's `minutesAwaiting`). */
  minutesOverdue: boolean;
}

export interface UseYearPlanResult {
  /** The series as the dataset defines it; undefined when the runtime does not know it. */
  series: MeetingSeries | undefined;
  year: number;
  /** Today's Swedish calendar day, from the provider's clock. */
  today: string;
  /** The series' meetings in the year, soonest first. */
  meetings: YearPlanMeeting[];
  /** Public holidays and the eves that are days off, in date order. */
  daysOff: SwedishDayOff[];
  /** Core's proposal for the year, when `proposal` was given and the series is known. */
  proposal: YearPlanResult | undefined;
}

export function useYearPlan({ seriesId, year, proposal }: UseYearPlanParams): UseYearPlanResult {
  const { now } = useSamverkan();
  const state = useRuntimeState((s) => [s.meetings, s.dataset]);
  // The options are usually written inline: compare them by value, not identity.
  const proposalKey = proposal === undefined ? undefined : JSON.stringify(proposal);

  return useMemo(() => {
    const options = proposalKey === undefined ? undefined : (JSON.parse(proposalKey) as SeriesYearOptions);
    // Where core's runtime finds a meeting's series: the dataset's own or a mandate's meeting
    // rules (core's `seriesOf` is internal to its runtime).
    const series = [...state.dataset.meetingSeries, ...state.dataset.mandates.flatMap((m) => m.meetings)].find((s) => s.id === seriesId);
    const overdue = new Set(minutesAwaiting(state, { now }).filter((m) => m.overdue).map((m) => m.meetingId));
    const meetings = [...state.meetings.values()]
      .filter((view) => view.context.seriesId === seriesId && swedishDate(view.context.startsAt).startsWith(`${year}-`))
      .sort((a, b) => Date.parse(a.context.startsAt) - Date.parse(b.context.startsAt))
      .map((view): YearPlanMeeting => {
        const m = view.context;
        return {
          meetingId: m.id,
          title: m.title,
          startsAt: m.startsAt,
          date: swedishDate(m.startsAt),
          status: view.status,
          statusLabel: meetingStatusLabels[view.status],
          agendaLate: m.agendaLate === true,
          lateReason: m.lateReason,
          cancelledReason: m.cancelledReason,
          minutesOverdue: overdue.has(m.id),
        };
      });
    return {
      series,
      year,
      today: swedishDate(now),
      meetings,
      daysOff: swedishDaysOff(year),
      proposal: series && options ? planSeriesYear(series, year, options) : undefined,
    };
  }, [state, seriesId, year, now, proposalKey]);
}
