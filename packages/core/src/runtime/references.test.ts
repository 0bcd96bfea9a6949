/**
 * Every reference a command carries to a person, organisation, group, role or agenda item is
 * checked against the runtime's state, and each dangling one is an issue at its path.
 */
import { describe, expect, it } from 'vitest';
import { sampleAdministrators } from '../samples/load-sample.js';
import { samples } from '../samples/index.js';
import type { Aggregate } from './aggregates.js';
import { commandDefinitions } from './commands/index.js';
import { createSamverkan } from './create-samverkan.js';
import { referenceIssues } from './references.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';

const nobody = 'x:ingen';

async function stateOf(sample: keyof typeof samples) {
  const sv = await createSamverkan({ identity: trustedRecords(), store: createMemoryStore() });
  expect(await sv.load(samples[sample], { by: sampleAdministrators[sample], at: '2016-01-01T00:00:00Z' })).toMatchObject({ ok: true });
  return sv.getState();
}

/** A meeting aggregate whose agenda holds `p1` (only the agenda is read). */
const meetingWithAgenda = { snapshot: { context: { agenda: [{ id: 'p1' }] } } } as unknown as Aggregate;

async function dangling(sample: keyof typeof samples, type: string, command: Record<string, unknown>, aggregate?: Aggregate) {
  const state = await stateOf(sample);
  const issues = referenceIssues({ type, ...command }, commandDefinitions.get(type)!, { state, aggregate });
  for (const issue of issues) expect(issue.message.sv).not.toBe(issue.message.en);
  return issues.map((i) => i.pathText);
}

describe('referenceIssues', () => {
  it('checks a seminar’s unit, leader and participants', async () => {
    const seminar = {
      organisationId: nobody,
      leaderId: nobody,
      participants: [{ personId: 'ehalsalyftet:person-001' }, { personId: nobody }],
    };
    expect(await dangling('ehalsalyftet', 'planSeminar', { seminar })).toEqual(['seminar.organisationId', 'seminar.leaderId', 'seminar.participants[1].personId']);
    const people = [{ personId: nobody }];
    expect(await dangling('ehalsalyftet', 'setSeminarParticipants', { participants: people })).toEqual(['participants[0].personId']);
    expect(await dangling('ehalsalyftet', 'holdSeminar', { attendance: people })).toEqual(['attendance[0].personId']);
    expect(await dangling('ehalsalyftet', 'reportSeminar', { hours: people, attendance: people })).toEqual(['hours[0].personId', 'attendance[0].personId']);
    expect(await dangling('ehalsalyftet', 'holdNetworkMeeting', { attendeeIds: ['ehalsalyftet:person-001', nobody] })).toEqual(['attendeeIds[1]']);
  });

  it('checks a theme’s steering group and a meeting’s group', async () => {
    expect(await dangling('ehalsalyftet', 'proposeTheme', { theme: { steeringGroupId: nobody } })).toEqual(['theme.steeringGroupId']);
    expect(await dangling('ehalsalyftet', 'proposeTheme', { theme: { steeringGroupId: 'ehalsalyftet:styrgrupp' } })).toEqual([]);
    expect(await dangling('fyrbodal', 'planMeeting', { meeting: { groupId: nobody } })).toEqual(['meeting.groupId']);
  });

  it('checks a deliverable’s owner as a person or as a role, as its owner kind says', async () => {
    expect(await dangling('ehalsalyftet', 'planDeliverable', { deliverable: { ownerId: 'ehalsalyftet:utvecklingsledare', ownerKind: 'role' } })).toEqual([]);
    expect(await dangling('ehalsalyftet', 'planDeliverable', { deliverable: { ownerId: 'ehalsalyftet:utvecklingsledare' } })).toEqual(['deliverable.ownerId']);
    expect(await dangling('ehalsalyftet', 'planDeliverable', { deliverable: { ownerId: 'ehalsalyftet:person-001', groupId: nobody } })).toEqual(['deliverable.groupId']);
  });

  it('checks an agreement’s parties', async () => {
    const parties = [{ organisationId: 'dalarna:avesta' }, { organisationId: nobody }];
    expect(await dangling('dalarna', 'draftAgreement', { agreement: { parties } })).toEqual(['agreement.parties[1].organisationId']);
    expect(await dangling('dalarna', 'addParty', { party: { organisationId: nobody } })).toEqual(['party.organisationId']);
  });

  it('checks the people and organisations of a staffing plan, created or amended', async () => {
    const staffingPlan = { entries: [{ roleId: 'r', organisationId: nobody, personIds: ['fyrbodal:person-001', nobody] }] };
    expect(await dangling('fyrbodal', 'createMandate', { mandate: { staffingPlan } })).toEqual([
      'mandate.staffingPlan.entries[0].organisationId',
      'mandate.staffingPlan.entries[0].personIds[1]',
    ]);
    expect(await dangling('fyrbodal', 'amendMandate', { section: 'staffingPlan', change: staffingPlan })).toEqual([
      'change.entries[0].organisationId',
      'change.entries[0].personIds[1]',
    ]);
    expect(await dangling('fyrbodal', 'amendMandate', { section: 'purpose', change: nobody })).toEqual([]);
  });

  it('checks minutes and escalations against the meeting’s agenda, and not without a meeting', async () => {
    const minutes = {
      items: [{ itemId: 'p1' }, { itemId: 'p2' }],
      decisions: [{ itemId: 'p3' }],
      actions: [{ itemId: 'p1', ownerId: 'fyrbodal:person-001' }, { ownerId: nobody }],
      escalations: [{ itemId: 'p4' }, {}],
    };
    expect(await dangling('fyrbodal', 'draftMinutes', { minutes }, meetingWithAgenda)).toEqual([
      'minutes.items[1].itemId',
      'minutes.decisions[0].itemId',
      'minutes.actions[1].ownerId',
      'minutes.escalations[0].itemId',
    ]);
    expect(await dangling('fyrbodal', 'draftMinutes', { minutes })).toEqual(['minutes.actions[1].ownerId']);
    expect(await dangling('fyrbodal', 'escalateDecision', { escalation: { itemId: 'p9' } }, meetingWithAgenda)).toEqual(['escalation.itemId']);
  });

  it('says what is missing in both languages', async () => {
    const state = await stateOf('fyrbodal');
    const [person] = referenceIssues({ type: 'proposeAgendaItem', item: { presenter: nobody } }, commandDefinitions.get('proposeAgendaItem')!, { state, aggregate: undefined });
    expect(person!.message).toEqual({
      sv: '«item.presenter» hänvisar till personen «x:ingen» som inte finns',
      en: '«item.presenter» refers to the person «x:ingen», which does not exist',
    });
    const [item] = referenceIssues({ type: 'escalateDecision', escalation: { itemId: 'p9' } }, commandDefinitions.get('escalateDecision')!, { state, aggregate: meetingWithAgenda });
    expect(item!.message.en).toBe('«escalation.itemId» refers to the item «p9», which is not on the agenda');
  });
});
