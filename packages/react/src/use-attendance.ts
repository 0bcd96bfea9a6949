/**
 * Deltagarlista per organisation for one group: which organisations were represented at the
 * group's held meetings in a period (core's `attendanceByOrganisation`), vacant seats included.
 */
import { useMemo } from 'react';
import type { Period } from '@samverkan/core';
import { attendanceByOrganisation, type AttendanceByOrganisationResult } from '@samverkan/core/runtime';
import { useRuntimeState } from './use-runtime-state.js';

export interface UseAttendanceParams {
  groupId: string;
  /** Only meetings whose Swedish calendar day is in the period. */
  period?: Period;
  /** Only vacancies of this role mark a seat vacant (e.g. the representative role). */
  seatRoleId?: string;
}

/** Core's result as it is: labels in both languages (pick with the provider's `locale`). */
export function useAttendance({ groupId, period, seatRoleId }: UseAttendanceParams): AttendanceByOrganisationResult {
  const state = useRuntimeState((s) => [s.meetings, s.dataset, s.mandates]);
  const start = period?.start;
  const end = period?.end;
  return useMemo(
    () =>
      attendanceByOrganisation(state, {
        groupId,
        ...(start === undefined || end === undefined ? {} : { period: { start, end } }),
        ...(seatRoleId === undefined ? {} : { seatRoleId }),
      }),
    [state, groupId, start, end, seatRoleId],
  );
}
