/**
 * Typed commands (issue 15, item 12): `CommandInput` has one member per command type, derived
 * from the definitions, so a typo is a compile error. The `@ts-expect-error` lines fail the
 * package's typecheck when the type stops refusing them; the runtime checks below show that
 * the type and the runtime name the same commands.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { command, type CommandInput, type CommandInputOf } from './command-input.js';
import type { CommandType } from './command-labels.js';
import { commandTypes } from './commands/index.js';
import { startTestNetwork, T } from '../testing/test-network.js';

const meeting = { id: 't:mote-1', groupId: T.steeringGroup, title: 'Extra styrgruppsmöte', startsAt: '2030-03-04T13:00:00+01:00', durationMinutes: 90 };

/** Every command type, written out: the compiler refuses a missing or an unknown one. */
const everyType = {
  addPerson: true, addSubstitute: true, setUpGroup: true, closeGroup: true, changeGroupStaffing: true, changeGroupMeetingRules: true,
  fillGroupSeat: true, leaveGroupSeat: true, createMandate: true, importApprovedMandate: true, submitMandateForReview: true,
  reviewMandate: true, approveMandate: true, amendMandate: true, approveAmendment: true, rejectAmendment: true,
  extendMandate: true, concludeMandate: true, closeMandate: true, endMandate: true, fillSeat: true, leaveSeat: true,
  decideEscalation: true, followUpGoal: true, planMeeting: true, assignMeetingRoles: true, openCall: true,
  proposeAgendaItem: true, withdrawAgendaItem: true, reorderAgenda: true, publishAgenda: true, sendInvitations: true,
  holdMeeting: true, recordAttendance: true, draftMinutes: true, escalateDecision: true, approveMinutes: true,
  publishMinutes: true, cancelMeeting: true, rescheduleMeeting: true, proposeTheme: true, decideTheme: true,
  holdNetworkMeeting: true, startSeminars: true, evaluateTheme: true, closeTheme: true, planSeminar: true,
  setSeminarParticipants: true, rescheduleSeminar: true, cancelSeminar: true, holdSeminar: true, reportSeminar: true,
  summariseNeeds: true, reportFeedback: true, planDeliverable: true, planRecurringDeliverable: true, startDrafting: true,
  submitDeliverable: true, requestChanges: true, approveDeliverable: true, publishDeliverable: true, archiveDeliverable: true,
  draftAgreement: true, addParty: true, removeParty: true, sendOnReferral: true, recordPartyDecision: true,
  reviseAgreement: true, abandonAgreement: true, completeCommunicationActivity: true, cancelCommunicationActivity: true,
  reviseCommunicationPlan: true, followUpCommunicationPlan: true,
} satisfies Record<CommandType, true>;

describe('CommandInput', () => {
  it('names exactly the command types the runtime accepts, as the labels and the audit trail name them', () => {
    expectTypeOf<CommandInput['type']>().toEqualTypeOf<CommandType>();
    expect(Object.keys(everyType).sort()).toEqual([...commandTypes].sort());
  });

  it('types each command by its own payload', () => {
    expectTypeOf<CommandInputOf<'planMeeting'>>().toHaveProperty('meeting');
    expectTypeOf<CommandInputOf<'planMeeting'>['meetingId']>().toEqualTypeOf<string>();
    expectTypeOf<CommandInputOf<'closeGroup'>>().toHaveProperty('groupId');
    // `by` and `at` come from the sign-in and the clock; a typed app may leave them out.
    const signedIn: CommandInput = { type: 'planMeeting', id: 'c-1', meetingId: meeting.id, meeting };
    expect(signedIn.type).toBe('planMeeting');
  });

  it('refuses at compile time a misspelt type, a misspelt field, a missing field and a wrong value, as the runtime does', async () => {
    const wrong: CommandInput[] = [
      // @ts-expect-error — no such command type
      { type: 'planMeting', id: 'c-1', meetingId: meeting.id, meeting },
      // @ts-expect-error — the field is `meeting`
      { type: 'planMeeting', id: 'c-1', meetingId: meeting.id, meting: meeting },
      // @ts-expect-error — `meetingId` is missing
      { type: 'planMeeting', id: 'c-1', meeting },
      // @ts-expect-error — a duration is a number
      { type: 'planMeeting', id: 'c-1', meetingId: meeting.id, meeting: { ...meeting, durationMinutes: '90' } },
      // @ts-expect-error — amendMandate's section is one of the mandate's amendable sections
      { type: 'amendMandate', id: 'c-1', mandateId: 'm', section: 'nosuchsection', change: {} },
    ];
    // What the compiler refuses, the runtime refuses too, whoever sends it.
    const { sv } = await startTestNetwork();
    for (const command of wrong) {
      const result = await sv.dispatch({ ...command, by: T.processLeader, at: '2030-02-01T09:00:00+01:00' });
      expect(result.ok, JSON.stringify(command)).toBe(false);
    }
    expect(sv.getState().meetings.size).toBe(0);
    // @ts-expect-error — `command()` checks the same
    command({ type: 'closeGroup', id: 'c-2', groupid: 'g' });
  });

  it('a typed command runs as it is written', async () => {
    const { sv } = await startTestNetwork();
    const planned = command({ type: 'planMeeting', id: 'c-1', by: T.processLeader, at: '2030-02-01T09:00:00+01:00', meetingId: meeting.id, meeting });
    const result = await sv.dispatch(planned);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(sv.getState().meetings.has(meeting.id)).toBe(true);
  });
});
