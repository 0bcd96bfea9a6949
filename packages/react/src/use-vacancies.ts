/** Vakanser: the seats of the staffing plans that lack holders (core's `vacanciesQuery`). */
import { useMemo } from 'react';
import { vacanciesQuery, type VacancyRow } from '@samverkan/core/runtime';
import { useRuntimeState } from './use-runtime-state.js';

export interface UseVacanciesParams {
  /** Only the plans that staff this group; every plan when omitted. */
  groupId?: string;
}

export function useVacancies({ groupId }: UseVacanciesParams = {}): VacancyRow[] {
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  return useMemo(() => vacanciesQuery(state, groupId === undefined ? {} : { groupId }), [state, groupId]);
}
