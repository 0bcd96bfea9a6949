/**
 * Seminarieprogram: the themes of a programme with their dialogue seminars and where each stands
 * in its reporting (core's `programmeOverview`), the ESF report over the programme's hours
 * (`esfReportQuery`; a seminar's project is its theme's programme), and for each seminar the
 * seminar commands the current actor could try, with core's reason for those it would refuse.
 */
import { useMemo } from 'react';
import {
  esfReportQuery,
  programmeOverview,
  type EsfReportQueryResult,
  type ProgrammeOverview,
} from '@samverkan/core/runtime';
import { PROBE_TEXT, probeAll, type CommandAvailability } from './command-availability.js';
import { useSamverkan } from './samverkan-provider.js';
import { authorityInputs, useRuntimeState } from './use-runtime-state.js';

/** The commands of a dialogue seminar after it is planned, in lifecycle order. */
export const seminarActionTypes = ['holdSeminar', 'reportSeminar', 'summariseNeeds', 'reportFeedback', 'cancelSeminar'] as const;
export type SeminarActionType = (typeof seminarActionTypes)[number];

export interface UseSeminarProgrammeParams {
  /** Only this programme's themes and hours; all when omitted. */
  programmeId?: string;
}

export interface UseSeminarProgrammeResult {
  overview: ProgrammeOverview;
  esf: EsfReportQueryResult;
  /**
   * By seminar id, every seminar command for the current actor, keyed and ordered by type
   * (only for seminars the runtime holds, not those known only from their theme).
   */
  actions: Record<string, Record<SeminarActionType, CommandAvailability<SeminarActionType>>>;
}

/** Core's results as they are: labels in both languages (pick with the provider's `locale`). */
export function useSeminarProgramme({ programmeId }: UseSeminarProgrammeParams = {}): UseSeminarProgrammeResult {
  const { runtime, actor, locale, now } = useSamverkan();
  const state = useRuntimeState((s) => [s.themes, s.seminars, ...authorityInputs(s)]);
  return useMemo(() => {
    const filter = programmeId === undefined ? {} : { programmeId };
    const overview = programmeOverview(state, filter);
    const context = { runtime, actor, locale, now };
    const actions: UseSeminarProgrammeResult['actions'] = {};
    for (const theme of overview.themes) {
      for (const row of theme.seminars) {
        const seminar = state.seminars.get(row.seminarId)?.context;
        if (!seminar) continue;
        // A representative payload, valid as data: who came (else who was invited), an hour each.
        const attendance = seminar.attendance.length > 0 ? seminar.attendance : seminar.participants;
        const target = { seminarId: seminar.id };
        actions[seminar.id] = probeAll(context, {
          holdSeminar: { ...target, attendance: seminar.participants },
          reportSeminar: {
            ...target,
            attendance,
            hours: attendance.map((p) => ({ personId: p.personId, hours: 1, professionalCategory: p.professionalCategory })),
          },
          summariseNeeds: { ...target, text: PROBE_TEXT },
          reportFeedback: { ...target, to: 'processSupervisor', text: PROBE_TEXT },
          cancelSeminar: { ...target, reason: PROBE_TEXT },
        });
      }
    }
    return {
      overview,
      esf: esfReportQuery(state, programmeId === undefined ? {} : { projectId: programmeId }),
      actions,
    };
  }, [state, programmeId, runtime, actor, locale, now]);
}
