/**
 * Substitutes as they work (issue 15, item 9): a deputy (ersättare) may be a person of the same
 * organisation who is no member, registered at the meeting by whoever keeps its attendance; a
 * substitute from another organisation is refused; and the attendance sheet starts as «not
 * recorded» for everyone, never pre-filled as present.
 */
import { describe, expect, it } from 'vitest';
import { attendanceSheet, attendingCount } from '../queries/attendance-sheet.js';
import { cmd, startTestNetwork, T, type TestStep } from '../testing/test-network.js';

const at = (day: string, time = '10:00') => `2030-${day}T${time}:00+01:00`;
const meetingId = 't:m';

async function heldMeeting() {
  const { sv, store } = await startTestNetwork();
  const steps: Array<TestStep<'meetingId'>> = [
    { type: 'planMeeting', by: T.processLeader, at: at('01-10'), meeting: { id: meetingId, groupId: T.steeringGroup, title: 'Styrgruppsmöte', startsAt: at('02-10', '13:00'), durationMinutes: 90 } },
    { type: 'openCall', by: T.processLeader, at: at('01-11') },
    { type: 'proposeAgendaItem', by: T.repA, at: at('01-12'), item: { id: 'p1', title: 'Läget', kind: 'information', durationMinutes: 30 } },
    { type: 'publishAgenda', by: T.processLeader, at: at('01-13') },
    { type: 'sendInvitations', by: T.processLeader, at: at('01-14') },
    { type: 'holdMeeting', by: T.processLeader, at: at('02-10', '15:00') },
  ];
  for (const step of steps) {
    const result = await sv.dispatch(cmd({ ...step, meetingId }));
    expect(result.ok, `${String(step.type)}: ${JSON.stringify(result)}`).toBe(true);
  }
  return { sv, store };
}

const deputy = { id: 't:person-200', name: 'Dag Ersättare', organisationId: T.b, professionalCategory: 'socialWorker' } as const;

describe('a substitute who is no member', () => {
  it('is registered at the meeting by whoever keeps the attendance, and recorded as standing in', async () => {
    const { sv, store } = await heldMeeting();
    const added = await sv.dispatch(cmd({ type: 'addSubstitute', by: T.processLeader, at: at('02-10', '15:05'), personId: deputy.id, person: deputy, meetingId, substituteFor: T.repB }));
    expect(added.ok, JSON.stringify(added)).toBe(true);
    expect(JSON.stringify(await store.readAll())).not.toContain('Dag Ersättare');
    const recorded = await sv.dispatch(
      cmd({
        type: 'recordAttendance',
        by: T.processLeader,
        at: at('02-10', '15:10'),
        meetingId,
        records: [
          { personId: T.repA, organisationId: T.a, status: 'present', mode: 'onSite' },
          { personId: deputy.id, organisationId: T.b, status: 'substitute', substituteFor: T.repB, mode: 'remote' },
          { personId: T.repB, organisationId: T.b, status: 'excused' },
        ],
      }),
    );
    expect(recorded.ok, JSON.stringify(recorded)).toBe(true);
    const sheet = attendanceSheet(sv.getState(), meetingId);
    expect(sheet.find((r) => r.personId === deputy.id)).toEqual({ personId: deputy.id, organisationId: T.b, status: 'substitute', substituteFor: T.repB, mode: 'remote', member: false });
    expect(attendingCount(sheet)).toBe(2);
  });

  it('is of the organisation of the member replaced: another is refused, located at the field', async () => {
    const { sv } = await heldMeeting();
    const elsewhere = await sv.dispatch(cmd({ type: 'addSubstitute', by: T.processLeader, at: at('02-10', '15:05'), personId: deputy.id, person: { ...deputy, organisationId: T.c }, meetingId, substituteFor: T.repB }));
    expect(elsewhere).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!elsewhere.ok && elsewhere.details.issues?.[0]?.pathText).toBe('person.organisationId');
    // Ada is from Aby: she cannot stand in for Bby's representative.
    const recorded = await sv.dispatch(
      cmd({ type: 'recordAttendance', by: T.processLeader, at: at('02-10', '15:10'), meetingId, records: [{ personId: T.otherA, organisationId: T.b, status: 'substitute', substituteFor: T.repB }] }),
    );
    expect(recorded).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!recorded.ok && recorded.details.issues?.[0]).toMatchObject({ pathText: 'records[0].personId' });
  });

  it('is registered only by whoever keeps the attendance of that meeting', async () => {
    const { sv } = await heldMeeting();
    expect(await sv.dispatch(cmd({ type: 'addSubstitute', by: T.repA, at: at('02-10', '15:05'), personId: deputy.id, person: deputy, meetingId, substituteFor: T.repB }))).toMatchObject({
      ok: false,
      code: 'NOT_AUTHORISED',
      details: { authority: 'recordAttendance' },
    });
    expect(await sv.dispatch(cmd({ type: 'addSubstitute', by: T.processLeader, at: at('02-10', '15:05'), personId: deputy.id, person: deputy, meetingId: 't:inget', substituteFor: T.repB }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('the attendance sheet', () => {
  it('starts as «not recorded» for every member, never as present', async () => {
    const { sv } = await heldMeeting();
    const sheet = attendanceSheet(sv.getState(), meetingId);
    expect(sheet.map((r) => r.personId).sort()).toEqual([T.chair, T.processLeader, T.repA, T.repB, T.repC, T.appointerA, T.appointerB].sort());
    expect(sheet.every((r) => r.status === 'notRecorded' && r.member)).toBe(true);
    expect(sheet.find((r) => r.personId === T.repB)?.organisationId).toBe(T.b);
    expect(attendingCount(sheet)).toBe(0);
  });
});
