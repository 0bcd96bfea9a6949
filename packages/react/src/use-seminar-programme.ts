/**
 * Seminarieprogram: the themes of a programme with their dialogue seminars and where each stands
 * in its reporting (core's `programmeOverview`), and the ESF report over the programme's hours
 * (`esfReportQuery`; a seminar's project is its theme's programme).
 */
import { useMemo } from 'react';
import {
  esfReportQuery,
  programmeOverview,
  type EsfReportQueryResult,
  type ProgrammeOverview,
} from '@samverkan/core/runtime';
import { useRuntimeState } from './use-runtime-state.js';

export interface UseSeminarProgrammeParams {
  /** Only this programme's themes and hours; all when omitted. */
  programmeId?: string;
}

export interface UseSeminarProgrammeResult {
  overview: ProgrammeOverview;
  esf: EsfReportQueryResult;
}

/** Core's results as they are: labels in both languages (pick with the provider's `locale`). */
export function useSeminarProgramme({ programmeId }: UseSeminarProgrammeParams = {}): UseSeminarProgrammeResult {
  const state = useRuntimeState((s) => [s.themes, s.seminars, s.dataset]);
  return useMemo(() => {
    const filter = programmeId === undefined ? {} : { programmeId };
    return {
      overview: programmeOverview(state, filter),
      esf: esfReportQuery(state, programmeId === undefined ? {} : { projectId: programmeId }),
    };
  }, [state, programmeId]);
}
