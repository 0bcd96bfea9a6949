/**
 * Groups that live and organisations that appoint their own (issue 15, items 3–5): a group with
 * the authority sets up a working group or committee under itself and closes it; a group's own
 * staffing changes by command; a committee that prepares matters for a steering group proposes
 * items to its meetings and does nothing else there; each member organisation's appointer fills
 * and leaves that organisation's seats and no others; a person joins the directory with their
 * personal data kept out of the log.
 */
import { describe, expect, it } from 'vitest';
import { cmd, startTestNetwork, T, testMandate } from '../testing/test-network.js';
import { createSamverkan, DATASET_STREAM } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { sealEvents } from './event-hash.js';
import { createRawLogStore } from '../testing/raw-log-store.js';

const at = (day: string, time = '10:00') => `2030-${day}T${time}:00+01:00`;
const committee = 't:arbetsutskott';

/** The steering group's chair sets up its working committee: Ada (from Aby) convenes it, Anna sits in it. */
const setUpCommittee = (extra: Record<string, unknown> = {}) =>
  cmd({
    type: 'setUpGroup',
    by: T.chair,
    at: at('02-01'),
    groupId: committee,
    group: {
      id: committee,
      kind: 'workingCommittee',
      name: 'Arbetsutskottet',
      hostOrganisationId: T.region,
      parentGroupId: T.steeringGroup,
      preparesForGroupIds: [T.steeringGroup],
      staffingPlan: {
        entries: [
          { roleId: T.roles.processLeader, personIds: [T.otherA] },
          { roleId: T.roles.representative, organisationId: T.a, personIds: [T.repA] },
        ],
      },
      ...extra,
    },
  });

const planSteeringMeeting = (by: string = T.processLeader) =>
  cmd({
    type: 'planMeeting',
    by,
    at: at('02-02'),
    meetingId: 't:styrgrupp-mote',
    meeting: { id: 't:styrgrupp-mote', groupId: T.steeringGroup, title: 'Styrgruppsmöte', startsAt: at('03-20', '13:00'), durationMinutes: 120 },
  });

describe('a group set up by another group', () => {
  it('is set up by a holder of «Tillsätta och avveckla grupper» in its parent, recorded with its parent', async () => {
    const { sv, store } = await startTestNetwork();
    const result = await sv.dispatch(setUpCommittee());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const group = sv.getState().dataset.groups.find((g) => g.id === committee);
    expect(group).toMatchObject({ parentGroupId: T.steeringGroup, kind: 'workingCommittee', preparesForGroupIds: [T.steeringGroup] });
    const events = await store.read(DATASET_STREAM);
    expect(events.at(-1)).toMatchObject({ type: 'setUpGroup', by: T.chair, role: T.roles.chair, data: { type: 'setUpGroup', group: { id: committee } } });
    // Its convener convenes its meetings.
    const planned = await sv.dispatch(cmd({ type: 'planMeeting', by: T.otherA, at: at('02-03'), meetingId: 't:au-1', meeting: { id: 't:au-1', groupId: committee, title: 'AU', startsAt: at('03-01'), durationMinutes: 60 } }));
    expect(planned.ok, JSON.stringify(planned)).toBe(true);
  });

  it('is refused to someone who does not set up groups there, writing nothing', async () => {
    const { sv, store } = await startTestNetwork();
    const before = (await store.readAll()).length;
    const result = await sv.dispatch({ ...setUpCommittee(), by: T.repA });
    expect(result).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'setUpGroups' } });
    expect((await store.readAll()).length).toBe(before);
  });

  it('cannot hand out a governing authority its maker does not hold', async () => {
    const { sv } = await startTestNetwork();
    // The chair does not appoint members: she cannot make an appointer in the new group.
    const result = await sv.dispatch(
      setUpCommittee({ staffingPlan: { entries: [{ roleId: T.roles.appointer, organisationId: T.a, personIds: [T.otherA] }] } }),
    );
    expect(result).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'appointMembers' } });
    expect(!result.ok && result.message.sv).toContain('«Utse representanter»');
  });

  it('is refused with its id taken, or under a group that does not exist', async () => {
    const { sv } = await startTestNetwork();
    expect(await sv.dispatch({ ...setUpCommittee(), groupId: T.steeringGroup, group: { ...setUpCommittee().group, id: T.steeringGroup } })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await sv.dispatch(setUpCommittee({ parentGroupId: 't:ingen' }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('is closed by those who set it up: its people lose every role there and it meets no more', async () => {
    const { sv } = await startTestNetwork();
    await sv.dispatch(setUpCommittee());
    expect((await sv.dispatch(cmd({ type: 'closeGroup', by: T.repA, at: at('04-01'), groupId: committee, reason: 'Klart' })))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    const closed = await sv.dispatch(cmd({ type: 'closeGroup', by: T.chair, at: at('04-01'), groupId: committee, reason: 'Uppdraget är slutfört' }));
    expect(closed.ok, JSON.stringify(closed)).toBe(true);
    expect(sv.getState().dataset.groups.find((g) => g.id === committee)).toMatchObject({ closedAt: at('04-01'), closedReason: 'Uppdraget är slutfört' });
    const planned = await sv.dispatch(cmd({ type: 'planMeeting', by: T.otherA, at: at('04-02'), meetingId: 't:au-2', meeting: { id: 't:au-2', groupId: committee, title: 'AU', startsAt: at('05-01'), durationMinutes: 60 } }));
    expect(planned).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(await sv.dispatch(cmd({ type: 'closeGroup', by: T.chair, at: at('04-03'), groupId: committee, reason: 'Igen' }))).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });
});

describe('a committee that prepares matters for the steering group', () => {
  it("proposes items to the steering group's meetings, but its members cannot convene the steering group", async () => {
    const { sv } = await startTestNetwork();
    await sv.dispatch(setUpCommittee());
    expect((await sv.dispatch(planSteeringMeeting())).ok).toBe(true);
    expect((await sv.dispatch(cmd({ type: 'openCall', by: T.processLeader, at: at('02-03'), meetingId: 't:styrgrupp-mote' }))).ok).toBe(true);

    // Ada convenes the committee, and is no member of the steering group: she proposes an item there…
    const proposed = await sv.dispatch(
      cmd({ type: 'proposeAgendaItem', by: T.otherA, at: at('02-04'), meetingId: 't:styrgrupp-mote', item: { id: 'au-1', title: 'Beredning: länsgemensam rutin', kind: 'decision', durationMinutes: 20 } }),
    );
    expect(proposed.ok, JSON.stringify(proposed)).toBe(true);
    // …but does not convene it, though she convenes the committee.
    const published = await sv.dispatch(cmd({ type: 'publishAgenda', by: T.otherA, at: at('02-05'), meetingId: 't:styrgrupp-mote' }));
    expect(published).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'convene' } });
    expect(!published.ok && published.message.sv).toBe(
      'Ada Ersättare saknar befogenheten «Kalla till möte» i Styrgruppen. Ada Ersättare har rollen «Processledare» i Arbetsutskottet, inte i Styrgruppen. Den har: Processledare.',
    );
    expect(await sv.dispatch(planSteeringMeeting(T.otherA))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
  });

  it('prepares only for groups its maker sets up groups in', async () => {
    const dataset = (await import('../testing/test-network.js')).testNetwork();
    dataset.groups!.push({ id: 't:annan', kind: 'network', name: 'Annat nätverk', hostOrganisationId: T.region, staffingPlan: { entries: [] } });
    const { sv } = await startTestNetwork(dataset);
    const result = await sv.dispatch(setUpCommittee({ preparesForGroupIds: [T.steeringGroup, 't:annan'] }));
    expect(result).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'setUpGroups' } });
    expect(!result.ok && result.message.sv).toContain('«Annat nätverk»');
  });
});

describe('member organisations appoint their own representatives', () => {
  const leave = (by: string, organisationId: string, personId: string) =>
    cmd({ type: 'leaveGroupSeat', by, at: at('03-01'), groupId: T.steeringGroup, roleId: T.roles.representative, organisationId, personId, reason: 'Ny tjänst' });
  const fill = (by: string, organisationId: string | undefined, personId: string, roleId: string = T.roles.representative) =>
    cmd({ type: 'fillGroupSeat', by, at: at('03-02'), groupId: T.steeringGroup, roleId, ...(organisationId ? { organisationId } : {}), personId });

  it("Aby's appointer leaves and fills Aby's seat: the vacancy is filled by Ada", async () => {
    const { sv } = await startTestNetwork();
    expect((await sv.dispatch(leave(T.appointerA, T.a, T.repA))).ok).toBe(true);
    const seat = () => sv.getState().dataset.groups[0]!.staffingPlan!.entries.find((e) => e.organisationId === T.a && e.roleId === T.roles.representative);
    expect(seat()?.personIds).toEqual([]);
    const filled = await sv.dispatch(fill(T.appointerA, T.a, T.otherA));
    expect(filled.ok, JSON.stringify(filled)).toBe(true);
    expect(seat()?.personIds).toEqual([T.otherA]);
  });

  it("Aby's appointer cannot touch Bby's seat: refused, naming both organisations, nothing written", async () => {
    const { sv, store } = await startTestNetwork();
    const before = (await store.readAll()).length;
    const refused = await sv.dispatch(leave(T.appointerA, T.b, T.repB));
    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'appointMembers' } });
    expect(!refused.ok && refused.message.sv).toBe(
      'Agnes Chef saknar befogenheten «Utse representanter» för Bby kommun. Agnes Chef har rollen «Utseende chef» för Aby kommun, inte för Bby kommun.',
    );
    expect(await sv.dispatch(fill(T.appointerA, T.b, T.otherA))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect((await store.readAll()).length).toBe(before);
    // Bby's own appointer may.
    expect((await sv.dispatch(leave(T.appointerB, T.b, T.repB))).ok).toBe(true);
  });

  it("an organisation's appointer cannot fill a seat of no organisation (the chair's)", async () => {
    const { sv } = await startTestNetwork();
    const refused = await sv.dispatch(fill(T.appointerA, undefined, T.otherA, T.roles.processLeader));
    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(!refused.ok && refused.message.sv).toContain('för platser som inte hör till en organisation');
  });

  it('a full seat is refused NOT_ALLOWED_NOW with the reason, a seat that does not exist likewise', async () => {
    const { sv } = await startTestNetwork();
    expect(await sv.dispatch(fill(T.appointerA, T.a, T.otherA))).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', message: { sv: `Platsen «${T.roles.representative}» (${T.a}) är redan tillsatt: den har inget ledigt utrymme.` } });
    expect(await sv.dispatch(fill(T.appointerA, T.a, T.otherA, T.roles.chair))).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it("fills a mandate's seat for its own organisation only, as the mandate's ordinary staffing change", async () => {
    const { sv } = await startTestNetwork();
    const mandate = testMandate('t:uppdrag', {
      roles: [],
      staffingPlan: {
        entries: [
          { roleId: T.roles.processLeader, personIds: [T.processLeader] },
          { roleId: T.roles.representative, organisationId: T.a, personIds: [] },
          { roleId: T.roles.representative, organisationId: T.b, personIds: [] },
        ],
      },
    });
    expect((await sv.dispatch(cmd({ type: 'createMandate', by: T.processLeader, at: at('01-10'), mandateId: 't:uppdrag', mandate }))).ok).toBe(true);
    const seat = { type: 'fillSeat', at: at('01-11'), mandateId: 't:uppdrag', roleId: T.roles.representative, personId: T.otherA } as const;
    expect(await sv.dispatch(cmd({ ...seat, by: T.appointerA, organisationId: T.b }))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    const filled = await sv.dispatch(cmd({ ...seat, by: T.appointerA, organisationId: T.a }));
    expect(filled.ok, JSON.stringify(filled)).toBe(true);
    const entries = sv.getState().mandates.get('t:uppdrag')!.context.mandate.staffingPlan.entries;
    expect(entries.find((e) => e.organisationId === T.a)?.personIds).toEqual([T.otherA]);
    expect(entries.find((e) => e.organisationId === T.b)?.personIds).toEqual([]);
  });
});

describe("a group's own staffing", () => {
  it('changes by command for ordinary seats; a seat with a governing authority the sender lacks is refused', async () => {
    const { sv } = await startTestNetwork();
    const plan = sv.getState().dataset.groups[0]!.staffingPlan!;
    const withC = { entries: plan.entries.map((e) => (e.organisationId === T.c && e.roleId === T.roles.representative ? { ...e, personIds: [T.otherA] } : e)) };
    const changed = await sv.dispatch(cmd({ type: 'changeGroupStaffing', by: T.processLeader, at: at('02-01'), groupId: T.steeringGroup, staffingPlan: withC, reason: 'Ny representant' }));
    expect(changed.ok, JSON.stringify(changed)).toBe(true);
    const chairless = { entries: withC.entries.map((e) => (e.roleId === T.roles.chair ? { ...e, personIds: [T.processLeader] } : e)) };
    const refused = await sv.dispatch(cmd({ type: 'changeGroupStaffing', by: T.processLeader, at: at('02-02'), groupId: T.steeringGroup, staffingPlan: chairless }));
    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
  });

  it("changes the group's meeting rules, which the next meeting without a series follows", async () => {
    const { sv } = await startTestNetwork();
    const changed = await sv.dispatch(cmd({ type: 'changeGroupMeetingRules', by: T.processLeader, at: at('02-01'), groupId: T.steeringGroup, meetingRules: { agendaLeadTimeDays: 5, minutesDueDays: 7 } }));
    expect(changed.ok, JSON.stringify(changed)).toBe(true);
    await sv.dispatch(planSteeringMeeting());
    expect(sv.getState().meetings.get('t:styrgrupp-mote')!.context).toMatchObject({ agendaLeadTimeDays: 5, minutesDueDays: 7 });
  });
});

describe('a person added by command', () => {
  const ny = { id: 't:person-100', name: 'Nils Nykomling', organisationId: T.a, professionalCategory: 'nurse', contact: { email: 'nils@example.se' } } as const;

  it("joins the directory; the name and e-mail go to the store's personal-data part, never into the event", async () => {
    const { sv, store } = await startTestNetwork();
    const added = await sv.dispatch(cmd({ type: 'addPerson', by: T.appointerA, at: at('02-01'), personId: ny.id, person: ny }));
    expect(added.ok, JSON.stringify(added)).toBe(true);
    expect(sv.getState().dataset.people.find((p) => p.id === ny.id)).toMatchObject({ name: 'Nils Nykomling', contact: { email: 'nils@example.se' } });
    const log = JSON.stringify(await store.readAll());
    expect(log).not.toContain('Nils Nykomling');
    expect(log).not.toContain('nils@example.se');
    expect((await store.readPersonalData!()).find((r) => r.personId === ny.id)?.data).toEqual({ name: 'Nils Nykomling', contact: { email: 'nils@example.se' } });
    // Replayed by a new runtime, and heard by one already running (another tab): the name is there.
    const other = await createSamverkan({ store, identity: trustedRecords() });
    expect(other.getState().dataset.people.find((p) => p.id === ny.id)?.name).toBe('Nils Nykomling');
  });

  it('is another tab heard adding a person, name included', async () => {
    const { sv, store } = await startTestNetwork();
    const tab = await createSamverkan({ store, identity: trustedRecords() });
    await sv.dispatch(cmd({ type: 'addPerson', by: T.appointerA, at: at('02-01'), personId: ny.id, person: ny }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(tab.getState().dataset.people.find((p) => p.id === ny.id)?.name).toBe('Nils Nykomling');
  });

  it("is added only by an appointer for the person's organisation; an id taken is CONFLICT", async () => {
    const { sv } = await startTestNetwork();
    expect(await sv.dispatch(cmd({ type: 'addPerson', by: T.appointerA, at: at('02-01'), personId: 't:person-101', person: { ...ny, id: 't:person-101', organisationId: T.b } }))).toMatchObject({
      ok: false,
      code: 'NOT_AUTHORISED',
    });
    expect(await sv.dispatch(cmd({ type: 'addPerson', by: T.appointerA, at: at('02-01'), personId: T.repA, person: { ...ny, id: T.repA } }))).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});

describe('the directory changes in the log', () => {
  it('replay to the same directory', async () => {
    const { sv, store } = await startTestNetwork();
    await sv.dispatch(setUpCommittee());
    await sv.dispatch(cmd({ type: 'leaveGroupSeat', by: T.appointerA, at: at('03-01'), groupId: committee, roleId: T.roles.representative, organisationId: T.a, personId: T.repA }));
    await sv.dispatch(cmd({ type: 'fillGroupSeat', by: T.appointerA, at: at('03-02'), groupId: committee, roleId: T.roles.representative, organisationId: T.a, personId: T.otherA }));
    const replayed = await createSamverkan({ store, identity: trustedRecords() });
    expect(replayed.getState().dataset).toEqual(sv.getState().dataset);
    expect(replayed.getState().damaged).toEqual([]);
  });

  /** The log with the dataset stream's event at `version` changed and the stream sealed again, as a careful forger would. */
  async function forged(version: number, change: (data: Record<string, unknown>) => void) {
    const { sv, store } = await startTestNetwork();
    await sv.dispatch(setUpCommittee());
    await sv.dispatch(cmd({ type: 'leaveGroupSeat', by: T.appointerA, at: at('03-01'), groupId: committee, roleId: T.roles.representative, organisationId: T.a, personId: T.repA }));
    const log = await store.readAll();
    const stream = log.filter((e) => e.stream === DATASET_STREAM);
    change(stream[version - 1]!.data);
    const resealed = sealEvents(DATASET_STREAM, 1, stream[0]!.hash!, stream.slice(1));
    const raw = createRawLogStore(log.map((e) => (e.stream === DATASET_STREAM && e.version > 1 ? { ...e, ...resealed[e.version - 2]! } : e)));
    return createSamverkan({ store: raw, identity: trustedRecords() });
  }

  it('reports a change whose data do not fit its schema (sealed again after the edit); the dataset stays as it was before it', async () => {
    const sv = await forged(2, (data) => ((data.group as Record<string, unknown>).kind = 'påhittad'));
    expect(sv.getState().damaged).toMatchObject([{ stream: DATASET_STREAM, version: 2, code: 'invalid' }]);
    expect(sv.getState().dataset.groups.map((g) => g.id)).toEqual([T.steeringGroup]);
  });

  it('reports a change that does not apply to the directory (leaving a seat one does not hold); the change before it stands', async () => {
    const sv = await forged(3, (data) => (data.personId = T.repB));
    expect(sv.getState().damaged).toMatchObject([{ stream: DATASET_STREAM, version: 3, code: 'notApplicable' }]);
    expect(sv.getState().dataset.groups.find((g) => g.id === committee)?.staffingPlan?.entries[1]?.personIds).toEqual([T.repA]);
  });

  it('reports a group set up twice (the same id), which no valid dataset holds', async () => {
    const sv = await forged(2, (data) => ((data.group as Record<string, unknown>).id = T.steeringGroup));
    expect(sv.getState().damaged).toMatchObject([{ stream: DATASET_STREAM, version: 2, code: 'invalid' }]);
    expect(sv.getState().dataset.groups).toHaveLength(1);
  });
});
