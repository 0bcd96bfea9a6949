/**
 * Bring an existing mandate (issue 15, item 8): a mandate approved elsewhere enters as approved,
 * with its version history and who approved it when; a mandate created by command governs the
 * groups it names once approved, by a commissioner who approves mandates in each of them; and the
 * commissioner's decision on a matter escalated from minutes is recorded, linked back to them.
 */
import { describe, expect, it } from 'vitest';
import { cmd, startTestNetwork, T, testMandate, testNetwork, type TestStep } from '../testing/test-network.js';
import { createSamverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { escalations } from '../queries/escalations.js';

const at = (day: string, time = '10:00') => `2030-${day}T${time}:00+01:00`;

/** The steering group's mandate as approved on paper: version 2.0, Ada seated as process leader. */
const approvedMandate = (extra: Record<string, unknown> = {}) =>
  testMandate('t:uppdrag', {
    version: '2.0',
    classification: 'public',
    diaryNumber: 'TL 2029/114',
    versionHistory: [
      { date: '2028-11-02', version: '1.0', issuer: 'Styrgruppen', reason: 'Fastställd' },
      { date: '2029-12-10', version: '2.0', issuer: 'Styrgruppen', reason: 'Reviderad inför 2030' },
    ],
    staffingPlan: { entries: [{ roleId: T.roles.processLeader, personIds: [T.otherA] }] },
    ...extra,
  });

const importCommand = (by: string = T.chair, extra: Record<string, unknown> = {}) =>
  cmd({
    type: 'importApprovedMandate',
    by,
    at: at('01-15'),
    mandateId: 't:uppdrag',
    mandate: approvedMandate(extra),
    approval: { approvedOn: '2029-12-10', approvedBy: 'Styrgruppen för Testlänets samverkan', decisionReference: '§ 12/2029' },
  });

describe('a mandate approved elsewhere', () => {
  it('enters as approved: in force, with its version history and who approved it when, as a public record', async () => {
    const { sv } = await startTestNetwork();
    const result = await sv.dispatch(importCommand());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const view = sv.getState().mandates.get('t:uppdrag')!;
    expect(view.state).toBe('active.stable');
    expect(view.context.mandate.versionHistory.map((v) => v.version)).toEqual(['1.0', '2.0']);
    expect(view.context.approvedVersions).toHaveLength(1);
    expect(view.context.approvedVersions[0]).toMatchObject({
      version: '2.0',
      approvedBy: T.steeringGroup,
      approvedAt: '2029-12-10',
      recordedBy: T.chair,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      imported: { approvedByName: 'Styrgruppen för Testlänets samverkan', decisionReference: '§ 12/2029', recordedAt: at('01-15') },
    });
  });

  it("governs the group it names: its seats give their roles there (Ada convenes the steering group's meetings)", async () => {
    const { sv } = await startTestNetwork();
    const plan = (by: string) =>
      cmd({ type: 'planMeeting', by, at: at('01-20'), meetingId: 't:m', meeting: { id: 't:m', groupId: T.steeringGroup, title: 'Möte', startsAt: at('02-20'), durationMinutes: 60 } });
    expect(await sv.dispatch(plan(T.otherA))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    await sv.dispatch(importCommand());
    expect((await sv.dispatch(plan(T.otherA))).ok).toBe(true);
  });

  it('is recorded only by someone who speaks for its commissioner, with an integer version', async () => {
    const { sv, store } = await startTestNetwork();
    const before = (await store.readAll()).length;
    expect(await sv.dispatch(importCommand(T.processLeader))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'approveMandate' } });
    const draft = await sv.dispatch({ ...importCommand(), mandate: { ...approvedMandate(), version: '0.3', classification: 'internal', versionHistory: [] } });
    expect(draft).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!draft.ok && draft.details.issues?.map((i) => i.pathText)).toContain('mandate.version');
    expect((await store.readAll()).length).toBe(before);
  });

  it('cannot name a group its commissioner does not approve mandates in', async () => {
    const dataset = testNetwork();
    dataset.groups!.push({ id: 't:annan', kind: 'network', name: 'Annat nätverk', hostOrganisationId: T.region, staffingPlan: { entries: [] } });
    const { sv } = await startTestNetwork(dataset);
    const refused = await sv.dispatch(importCommand(T.chair, { organisation: { description: 'Två grupper', groupIds: [T.steeringGroup, 't:annan'] } }));
    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(!refused.ok && refused.message.sv).toContain('«Annat nätverk»');
  });

  it('replays to the same state', async () => {
    const { sv, store } = await startTestNetwork();
    await sv.dispatch(importCommand());
    const replayed = await createSamverkan({ store, identity: trustedRecords() });
    expect(replayed.getState().mandates.get('t:uppdrag')).toEqual(sv.getState().mandates.get('t:uppdrag'));
    expect(replayed.getState().damaged).toEqual([]);
  });
});

describe('a mandate created by command and approved', () => {
  async function approved(groupIds: string[]) {
    const dataset = testNetwork();
    dataset.groups!.push({ id: 't:annan', kind: 'network', name: 'Annat nätverk', hostOrganisationId: T.region, staffingPlan: { entries: [] } });
    const { sv } = await startTestNetwork(dataset);
    const mandate = testMandate('t:nytt', { organisation: { description: 'Grupper', groupIds }, staffingPlan: { entries: [{ roleId: T.roles.processLeader, personIds: [T.otherA] }] } });
    const steps: Array<TestStep<'mandateId'>> = [
      { type: 'createMandate', by: T.processLeader, at: at('01-10'), mandate },
      { type: 'submitMandateForReview', by: T.processLeader, at: at('01-11'), reviewers: [{ id: T.steeringGroup, name: 'Styrgruppen' }] },
      { type: 'reviewMandate', by: T.repA, at: at('01-12'), body: T.steeringGroup, outcome: 'endorsed' },
    ];
    for (const step of steps) {
      const result = await sv.dispatch(cmd({ ...step, mandateId: 't:nytt' }));
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    return { sv, approve: () => sv.dispatch(cmd({ type: 'approveMandate', by: T.chair, at: at('01-13'), mandateId: 't:nytt' })) };
  }

  it('governs the groups it names from its approval on, not before', async () => {
    const { sv, approve } = await approved([T.steeringGroup]);
    const plan = () => cmd({ type: 'planMeeting', by: T.otherA, at: at('01-14'), meetingId: 't:m', meeting: { id: 't:m', groupId: T.steeringGroup, title: 'Möte', startsAt: at('02-20'), durationMinutes: 60 } });
    expect(await sv.dispatch(plan())).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect((await approve()).ok).toBe(true);
    expect((await sv.dispatch(plan())).ok).toBe(true);
  });

  it('is not approved while it names a group its commissioner does not approve mandates in', async () => {
    const { approve } = await approved([T.steeringGroup, 't:annan']);
    const refused = await approve();
    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(!refused.ok && refused.message.sv).toBe(
      '«Styrgruppen» fastställer inte uppdrag för «Annat nätverk», som uppdraget gäller. Den som fastställer uppdrag där får göra det, eller så tas gruppen bort ur uppdraget.',
    );
  });
});

describe("the commissioner's decision on an escalated matter", () => {
  /** A steering-group meeting whose minutes escalate a matter, under the imported mandate. */
  async function escalated() {
    const { sv } = await startTestNetwork();
    await sv.dispatch(importCommand());
    const meetingId = 't:m';
    const steps: Array<TestStep<'meetingId'>> = [
      { type: 'planMeeting', by: T.processLeader, at: at('01-20'), meeting: { id: meetingId, groupId: T.steeringGroup, title: 'Styrgruppsmöte februari', startsAt: at('02-20'), durationMinutes: 60 } },
      { type: 'openCall', by: T.processLeader, at: at('01-21') },
      { type: 'proposeAgendaItem', by: T.repA, at: at('01-22'), item: { id: 'p1', title: 'Gemensam upphandling', kind: 'decision', durationMinutes: 30 } },
      { type: 'publishAgenda', by: T.processLeader, at: at('01-23') },
      { type: 'sendInvitations', by: T.processLeader, at: at('01-24') },
      { type: 'holdMeeting', by: T.processLeader, at: at('02-20', '11:00') },
      {
        type: 'draftMinutes',
        by: T.processLeader,
        at: at('02-21'),
        minutes: { items: [{ itemId: 'p1', discussed: 'Behov av gemensam upphandling.' }], escalations: [{ id: 'e1', itemId: 'p1', text: 'Gemensam upphandling av trygghetslarm', to: 'commissioner', reason: 'Kräver beslut om finansiering' }] },
      },
    ];
    for (const step of steps) {
      const result = await sv.dispatch(cmd({ ...step, meetingId }));
      expect(result.ok, `${String(step.type)}: ${JSON.stringify(result)}`).toBe(true);
    }
    const decide = (by: string, extra: Record<string, unknown> = {}) =>
      cmd({ type: 'decideEscalation', by, at: at('03-05'), mandateId: 't:uppdrag', meetingId, escalationId: 'e1', outcome: 'approved', decision: 'Upphandlingen genomförs gemensamt.', reference: '§ 4/2030', ...extra });
    return { sv, decide };
  }

  it('is recorded on the mandate, linked to the minutes that raised it', async () => {
    const { sv, decide } = await escalated();
    const result = await sv.dispatch(decide(T.chair));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const decision = { meetingId: 't:m', escalationId: 'e1', outcome: 'approved', decision: 'Upphandlingen genomförs gemensamt.', reference: '§ 4/2030', decidedBy: T.steeringGroup, recordedBy: T.chair, at: at('03-05') };
    expect(sv.getState().mandates.get('t:uppdrag')!.context.escalationDecisions).toEqual([decision]);
    // The query puts each escalation beside the minutes that raised it and its decision.
    expect(escalations(sv.getState())).toEqual([
      {
        meetingId: 't:m',
        meetingTitle: 'Styrgruppsmöte februari',
        groupId: T.steeringGroup,
        startsAt: at('02-20'),
        escalation: { id: 'e1', itemId: 'p1', text: 'Gemensam upphandling av trygghetslarm', to: 'commissioner', reason: 'Kräver beslut om finansiering' },
        mandateIds: ['t:uppdrag'],
        decision: { ...decision, mandateId: 't:uppdrag' },
      },
    ]);
  });

  it('is the commissioner\'s alone, once, and only about an escalation the minutes hold', async () => {
    const { sv, decide } = await escalated();
    expect(await sv.dispatch(decide(T.processLeader))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'decideEscalations' } });
    expect(await sv.dispatch(decide(T.chair, { escalationId: 'e9' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await sv.dispatch(decide(T.chair))).ok).toBe(true);
    expect(await sv.dispatch(decide(T.chair, { outcome: 'rejected' }))).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });
});
