/**
 * Who is expected at a group's meeting: everyone its staffing plans seat (core's
 * `staffingPlansForGroup`), once, with the organisation they speak for — the rows an
 * attendance register starts from. Erased people are named by core's tombstone.
 */
import { personDisplayName, type Locale } from '@samverkan/core/labels';
import { staffingPlansForGroup } from '@samverkan/core/runtime';
import { useRuntimeState } from '@samverkan/react';
import { useMemo } from 'react';
import type { AttendanceRegisterRow } from '../attendance-register/attendance-register.js';

export function useExpectedAttendance(groupId: string | undefined, locale: Locale): AttendanceRegisterRow[] {
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  return useMemo(() => {
    if (!groupId) return [];
    const organisations = new Map(state.dataset.organisations.map((o) => [o.id, o.name]));
    const people = new Map(state.dataset.people.map((p) => [p.id, p]));
    const rows = new Map<string, AttendanceRegisterRow>();
    for (const plan of staffingPlansForGroup(state, groupId)) {
      for (const entry of plan.entries) {
        for (const personId of entry.personIds) {
          const person = people.get(personId);
          if (!person || rows.has(personId)) continue;
          const organisationId = entry.organisationId ?? person.organisationId;
          rows.set(personId, {
            personId,
            name: personDisplayName(person, locale),
            organisationId,
            organisationName: organisations.get(organisationId) ?? '',
          });
        }
      }
    }
    return [...rows.values()];
  }, [state, groupId, locale]);
}
