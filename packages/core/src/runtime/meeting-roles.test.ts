/**
 * Roles per meeting (issue 15, item 2): the chair, the host organisation, the secretary and the
 * justerare are set per meeting and rotate between the member organisations. What a meeting
 * names counts for that meeting only: its chair and justerare approve its minutes (together:
 * the minutes are approved when all of them have), its secretary keeps them; the chair of last
 * meeting loses nothing for her own meeting when the role rotates, and gains nothing elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { publishedMinutesRecord } from '../meeting/published-minutes.rules.js';
import { cmd, startTestNetwork, T, type TestStep } from '../testing/test-network.js';

const at = (day: string, time = '10:00') => `2030-${day}T${time}:00+01:00`;

/** Two steering-group meetings: Anna (Aby) chairs the first in Aby, Bo (Bby) the second in Bby. */
async function rotating() {
  const { sv, store } = await startTestNetwork();
  const plan = (id: string, day: string, chairId: string, hostOrganisationId: string, minutesApproverIds: string[]) =>
    sv.dispatch(
      cmd({
        type: 'planMeeting',
        by: T.processLeader,
        at: at('01-10'),
        meetingId: id,
        meeting: { id, groupId: T.steeringGroup, title: `Styrgruppsmöte ${day}`, startsAt: at(day, '13:00'), durationMinutes: 90, chairId, hostOrganisationId, secretaryId: T.otherA, minutesApproverIds },
      }),
    );
  expect((await plan('t:m1', '02-10', T.repA, T.a, [T.repC])).ok).toBe(true);
  expect((await plan('t:m2', '04-10', T.repB, T.b, [T.repA])).ok).toBe(true);
  return { sv, store };
}

/** Takes a meeting to drafted minutes; the secretary the meeting names keeps them. */
async function toDrafted(sv: Awaited<ReturnType<typeof rotating>>['sv'], meetingId: string, day: string) {
  const steps: Array<TestStep<'meetingId'>> = [
    { type: 'openCall', by: T.processLeader, at: at('01-11') },
    { type: 'proposeAgendaItem', by: T.repA, at: at('01-12'), item: { id: 'p1', title: 'Läget i kommunerna', kind: 'information', durationMinutes: 30 } },
    { type: 'publishAgenda', by: T.processLeader, at: at('01-13') },
    { type: 'sendInvitations', by: T.processLeader, at: at('01-14') },
    { type: 'holdMeeting', by: T.processLeader, at: at(day, '15:00') },
    { type: 'recordAttendance', by: T.otherA, at: at(day, '15:10'), records: [{ personId: T.repA, organisationId: T.a, status: 'present', mode: 'onSite' }] },
    { type: 'draftMinutes', by: T.otherA, at: at(day, '16:00'), minutes: { items: [{ itemId: 'p1', informed: 'Varje kommun berättade.' }] } },
  ];
  for (const step of steps) {
    const result = await sv.dispatch(cmd({ ...step, meetingId }));
    expect(result.ok, `${String(step.type)}: ${JSON.stringify(result)}`).toBe(true);
  }
}

describe('roles set per meeting', () => {
  it('are kept on each meeting: the chair and host rotate between the member organisations', async () => {
    const { sv } = await rotating();
    const m1 = sv.getState().meetings.get('t:m1')!.context;
    const m2 = sv.getState().meetings.get('t:m2')!.context;
    expect([m1.chairId, m1.hostOrganisationId, m1.minutesApproverIds]).toEqual([T.repA, T.a, [T.repC]]);
    expect([m2.chairId, m2.hostOrganisationId, m2.minutesApproverIds]).toEqual([T.repB, T.b, [T.repA]]);
  });

  it("let the meeting's secretary keep its minutes and attendance, though she has no seat in the group", async () => {
    const { sv } = await rotating();
    await toDrafted(sv, 't:m1', '02-10');
    expect(sv.getState().meetings.get('t:m1')!.status).toBe('minutesDrafted');
  });

  it('approve the minutes when the chair and every justerare have; each approval is recorded', async () => {
    const { sv } = await rotating();
    await toDrafted(sv, 't:m1', '02-10');
    const approve = (by: string, day = '02-12') => sv.dispatch(cmd({ type: 'approveMinutes', by, at: at(day), meetingId: 't:m1' }));
    expect((await approve(T.repA)).ok).toBe(true);
    expect(sv.getState().meetings.get('t:m1')!.status).toBe('minutesDrafted');
    // Cia is no holder of «Justera» in the group, but this meeting names her.
    expect((await approve(T.repC, '02-13')).ok).toBe(true);
    const meeting = sv.getState().meetings.get('t:m1')!.context;
    expect(meeting).toMatchObject({ minutesApprovedBy: T.repC, minutesApprovals: [{ by: T.repA, at: at('02-12') }, { by: T.repC, at: at('02-13') }] });
    expect(sv.getState().meetings.get('t:m1')!.status).toBe('minutesApproved');
    // The published record says who chaired, who hosted and who approved.
    expect(publishedMinutesRecord(meeting)).toMatchObject({ chairId: T.repA, hostOrganisationId: T.a, approvals: meeting.minutesApprovals });
  });

  it("count for that meeting only: the chair of one meeting does not approve another's minutes", async () => {
    const { sv } = await rotating();
    await toDrafted(sv, 't:m1', '02-10');
    // Bo chairs the second meeting, not the first; Cia, justerare of the first, is named for no other.
    const refused = await sv.dispatch(cmd({ type: 'approveMinutes', by: T.repB, at: at('02-12'), meetingId: 't:m1' }));
    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'approveMinutes' } });
    // The steering group's chair holds «Justera» in the group, but this meeting names its own.
    const named = await sv.dispatch(cmd({ type: 'approveMinutes', by: T.chair, at: at('02-12'), meetingId: 't:m1' }));
    expect(named).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(!named.ok && named.message.sv).toBe('Mötets minnesanteckningar justeras av dess ordförande och justerare (Anna Aby, Cia Cby). Kvar: Anna Aby, Cia Cby.');
  });

  it('the chair who rotated out still approves the minutes of the meeting she chaired', async () => {
    const { sv } = await rotating();
    await toDrafted(sv, 't:m1', '02-10');
    // Anna leaves her seat in the steering group after the meeting: Aby appoints Ada instead.
    expect((await sv.dispatch(cmd({ type: 'leaveGroupSeat', by: T.appointerA, at: at('02-11'), groupId: T.steeringGroup, roleId: T.roles.representative, organisationId: T.a, personId: T.repA }))).ok).toBe(true);
    expect((await sv.dispatch(cmd({ type: 'approveMinutes', by: T.repA, at: at('02-12'), meetingId: 't:m1' }))).ok).toBe(true);
  });

  it('are named again by the convener (the chair rotates); approvals given before are cleared', async () => {
    const { sv } = await rotating();
    await toDrafted(sv, 't:m1', '02-10');
    await sv.dispatch(cmd({ type: 'approveMinutes', by: T.repA, at: at('02-12'), meetingId: 't:m1' }));
    const rotated = await sv.dispatch(cmd({ type: 'assignMeetingRoles', by: T.processLeader, at: at('02-13'), meetingId: 't:m1', roles: { chairId: T.repB, hostOrganisationId: T.a, minutesApproverIds: [T.repC] } }));
    expect(rotated.ok, JSON.stringify(rotated)).toBe(true);
    expect(sv.getState().meetings.get('t:m1')!.context).toMatchObject({ chairId: T.repB, minutesApprovals: [] });
    expect(await sv.dispatch(cmd({ type: 'assignMeetingRoles', by: T.repA, at: at('02-14'), meetingId: 't:m1', roles: { chairId: T.repA } }))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
  });

  it('name the chair and the justerare among the members of the group, located at the field', async () => {
    const { sv } = await rotating();
    const refused = await sv.dispatch(cmd({ type: 'assignMeetingRoles', by: T.processLeader, at: at('01-20'), meetingId: 't:m2', roles: { chairId: T.otherA, minutesApproverIds: [T.repA, T.otherA] } }));
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!refused.ok && refused.details.issues?.map((i) => i.pathText)).toEqual(['roles.chairId', 'roles.minutesApproverIds[1]']);
    expect(!refused.ok && refused.details.issues?.[0]?.message.sv).toBe('«roles.chairId» är inte ledamot i «Styrgruppen»; ordförande och justerare väljs bland gruppens ledamöter');
    expect(await sv.dispatch(cmd({ type: 'assignMeetingRoles', by: T.processLeader, at: at('01-20'), meetingId: 't:m2', roles: { hostOrganisationId: 't:ingen' } }))).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});
