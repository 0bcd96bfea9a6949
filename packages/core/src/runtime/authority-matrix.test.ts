/**
 * Every command × every role present in the samples. The expected answer comes from the
 * authority table below (command → authority, as the seeds' befogenheter give it) and the
 * roles' authorities in the data; an unauthorised pair must be refused as NOT_AUTHORISED with
 * nothing written, an authorised one must never be refused for authority.
 */
import { describe, expect, it } from 'vitest';
import { Dataset } from '../dataset/dataset.schema.js';
import { samples } from '../samples/index.js';
import { commandFor, firstAggregate } from '../testing/command-fixtures.js';
import type { Authority } from '../role/authority.js';
import { createSamverkan } from './create-samverkan.js';
import { commandDefinitions } from './commands/index.js';
import { createMemoryStore } from './store/memory-store.js';
import { trustedRecords } from './identity.js';
import { sampleAdministrators } from '../samples/load-sample.js';

/** The authority table: what each command needs. */
export const authorityTable: Record<string, Authority> = {
  planMeeting: 'convene', openCall: 'convene', proposeAgendaItem: 'proposeAgendaItem', withdrawAgendaItem: 'convene',
  reorderAgenda: 'convene', publishAgenda: 'convene', sendInvitations: 'convene', holdMeeting: 'convene',
  recordAttendance: 'recordAttendance', draftMinutes: 'keepMinutes', escalateDecision: 'escalate',
  approveMinutes: 'approveMinutes', publishMinutes: 'publishRecords', cancelMeeting: 'convene', rescheduleMeeting: 'convene',
  createMandate: 'draftMandate', submitMandateForReview: 'draftMandate', reviewMandate: 'reviewMandate',
  approveMandate: 'approveMandate', amendMandate: 'draftMandate', approveAmendment: 'approveMandate',
  rejectAmendment: 'approveMandate', extendMandate: 'extendMandate', concludeMandate: 'draftMandate',
  closeMandate: 'endMandate', endMandate: 'endMandate',
  proposeTheme: 'decideTheme', decideTheme: 'decideTheme', holdNetworkMeeting: 'convene', startSeminars: 'convene',
  evaluateTheme: 'evaluateTheme', closeTheme: 'decideTheme',
  planSeminar: 'leadSeminar', setSeminarParticipants: 'leadSeminar', rescheduleSeminar: 'leadSeminar',
  cancelSeminar: 'leadSeminar', holdSeminar: 'leadSeminar', reportSeminar: 'reportTime', summariseNeeds: 'leadSeminar',
  reportFeedback: 'leadSeminar',
  planDeliverable: 'produceDeliverable', startDrafting: 'produceDeliverable', submitDeliverable: 'produceDeliverable',
  requestChanges: 'approveDeliverable', approveDeliverable: 'approveDeliverable', publishDeliverable: 'publishRecords',
  archiveDeliverable: 'approveDeliverable',
  draftAgreement: 'negotiateAgreement', addParty: 'negotiateAgreement', removeParty: 'negotiateAgreement',
  sendOnReferral: 'negotiateAgreement', recordPartyDecision: 'recordPartyDecision', reviseAgreement: 'negotiateAgreement',
  abandonAgreement: 'negotiateAgreement',
  assignMeetingRoles: 'convene', addPerson: 'appointMembers', addSubstitute: 'recordAttendance', setUpGroup: 'setUpGroups', closeGroup: 'administerNetwork', changeGroupStaffing: 'amendStaffingAndMeetings',
  changeGroupMeetingRules: 'amendStaffingAndMeetings', fillGroupSeat: 'appointMembers', leaveGroupSeat: 'appointMembers',
  fillSeat: 'appointMembers', leaveSeat: 'appointMembers', importApprovedMandate: 'approveMandate', decideEscalation: 'decideEscalations',
  followUpGoal: 'followUpGoals', planRecurringDeliverable: 'produceDeliverable',
  completeCommunicationActivity: 'communicate', cancelCommunicationActivity: 'communicate', reviseCommunicationPlan: 'communicate',
  followUpCommunicationPlan: 'communicate',
};

describe('the authority table', () => {
  it('covers every command the runtime accepts, and only those', () => {
    expect(Object.keys(authorityTable).sort()).toEqual([...commandDefinitions.keys()].sort());
  });
});

// The matrix tries each command on the records a sample's dataset holds; Sjölunda's dataset is a
// directory only (its records come by command), so its authority is tested in sjolunda.test.ts and
// by the property test, which runs on its history.
const withRecords = (Object.keys(samples) as Array<keyof typeof samples>).filter((id) => (samples[id] as { mandates?: unknown[] }).mandates?.length);

describe.each(withRecords)('authority matrix for %s', (sampleId) => {
  it('refuses every unauthorised command × role pair and writes nothing', async () => {
    const dataset = Dataset.parse(samples[sampleId]);
    let refused = 0;
    let allowed = 0;
    let n = 0;
    for (const [type, def] of commandDefinitions) {
      const targetId = firstAggregate(dataset, def.kind);
      if (!targetId) continue;
      // A fresh network per command: an accepted `endMandate` closes the mandate, and a closed
      // mandate seats no one, so later commands would be tried against an emptied network.
      const store = createMemoryStore();
      // The fixtures' commands are dated 2030: the test's clock stands after them.
      const sv = await createSamverkan({ identity: trustedRecords(), clock: () => '2031-01-01T00:00:00Z', store });
      await sv.load(samples[sampleId], { by: sampleAdministrators[sampleId], at: '2000-01-01T00:00:00Z' });
      for (const role of dataset.roles) {
        const state = sv.getState();
        // Each person who holds the role somewhere in the scope of the command's aggregate.
        const probe = commandFor(type, def.kind, dataset, targetId, 'nobody', 'probe');
        const view = [...Object.values(state)].find((m) => m instanceof Map && m.has(targetId)) as Map<string, { context: unknown }> | undefined;
        const scope = def.scope(probe, { state, aggregate: view ? ({ kind: def.kind, id: targetId, version: 0, snapshot: { context: view.get(targetId)!.context } } as never) : undefined });
        const entry = scope.plans.flatMap((p) => p.entries).find((e) => e.roleId === role.id && e.personIds.length > 0);
        if (!entry) continue;
        const by = entry.personIds[0]!;
        const command = commandFor(type, def.kind, dataset, targetId, by, `m-${++n}`);
        const orgOk = scope.organisationId === undefined || entry.organisationId === undefined || entry.organisationId === scope.organisationId;
        // The command names the role (`as`), so only this role's authorities count.
        // The commissioner's relation gives its authorities to the role it is recorded in.
        const viaRelation = (scope.relations ?? []).some((r) => r.roleId === role.id && r.personIds.includes(by) && r.authorities.includes(authorityTable[type]!));
        const grants = (role.authorities.includes(authorityTable[type]!) && orgOk) || viaRelation;
        const before = (await store.readAll()).length;
        const result = await sv.dispatchUntrusted({ ...command, as: role.id });
        if (grants) {
          expect(result.ok || result.code !== 'NOT_AUTHORISED', `${type} by ${role.id}: ${JSON.stringify(!result.ok && result.message)}`).toBe(true);
          allowed++;
        } else {
          expect(result, `${type} as ${role.id}`).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
          expect((await store.readAll()).length).toBe(before);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(20);
    expect(allowed).toBeGreaterThan(5);
  });
});
