/**
 * The fifth sample, Sjölunda (issue 15): a network that is no seed, built through the public API
 * only — its dataset is the directory, everything else comes by command in its history — and using
 * every shape of collaboration core expresses. Its attack tests: a municipality's appointer cannot
 * touch another municipality's seat, and a member of the committee cannot convene the steering
 * group it prepares for.
 */
import { describe, expect, it } from 'vitest';
import { escalations } from '../queries/escalations.js';
import { createSampleRuntime } from './load-sample.js';
import { sjolunda } from './sjolunda.js';
import { sjolundaIds as I, sjolundaPeople as p } from './sjolunda.people.js';

const today = '2025-10-15T12:00:00+02:00';
const m1 = 'sjolunda:mote-2025-03-19';
const m2 = 'sjolunda:mote-2025-10-22';

describe('the Sjölunda sample', () => {
  it('holds only the directory in its dataset: mandates, meetings and deliverables come by command', () => {
    expect(sjolunda.groups.map((g) => g.id)).toEqual([I.steeringGroup, I.committee]);
    expect('mandates' in sjolunda || 'meetings' in sjolunda || 'deliverables' in sjolunda).toBe(false);
  });

  it('has its mandate, approved on paper, brought in as approved with its version history and decision', async () => {
    const { runtime } = await createSampleRuntime('sjolunda');
    const mandate = runtime.getState().mandates.get(I.mandate)!;
    expect(mandate.status).toBe('active');
    expect(mandate.context.mandate.version).toBe('2.0');
    expect(mandate.context.mandate.versionHistory.map((v) => v.version)).toEqual(['1.0', '2.0']);
    expect(mandate.context.imported).toMatchObject({ approvedOn: '2024-12-09', decisionReference: '§ 31/2024', recordedBy: p.regionChair.id });
  });

  it('meets as needed, with the chair and host rotating between the members, minutes approved by the chair and a justerare', async () => {
    const { runtime } = await createSampleRuntime('sjolunda');
    const { meetings } = runtime.getState();
    const march = meetings.get(m1)!;
    const october = meetings.get(m2)!;
    expect([march.context.seriesId, october.context.seriesId]).toEqual([undefined, undefined]);
    expect([march.context.chairId, march.context.hostOrganisationId]).toEqual([p.norrvikPolitician.id, I.norrvik]);
    expect([october.context.chairId, october.context.hostOrganisationId]).toEqual([p.soderasPolitician.id, I.soderas]);
    expect(march.status).toBe('published');
    expect(october.status).toBe('invited');
    const june = meetings.get('sjolunda:mote-2025-06-11')!;
    expect([june.context.chairId, june.context.hostOrganisationId, june.status]).toEqual([p.vasterlidPolitician.id, I.vasterlid, 'published']);
    // The group's own rules: the agenda ten days before.
    expect(march.context.agendaDeadline).toBe('2025-03-09');
  });

  it('has the committee of officials propose items to the steering group it prepares for', async () => {
    const { runtime } = await createSampleRuntime('sjolunda');
    const { meetings } = runtime.getState();
    const proposers = [meetings.get(m1)!, meetings.get(m2)!].map((m) => m.context.agenda.find((i) => i.id === 'p1')?.proposedBy);
    expect(proposers).toEqual([p.norrvikChief.id, p.soderasChief.id]);
    const committee = runtime.getState().dataset.groups.find((g) => g.id === I.committee)!;
    expect(committee).toMatchObject({ parentGroupId: I.steeringGroup, preparesForGroupIds: [I.steeringGroup] });
  });

  it('has a working group set up by the steering group, each municipality appointing its own', async () => {
    const { runtime } = await createSampleRuntime('sjolunda');
    const { dataset } = runtime.getState();
    const group = dataset.groups.find((g) => g.id === I.workingGroup)!;
    expect(group.parentGroupId).toBe(I.steeringGroup);
    const seats = Object.fromEntries(group.staffingPlan!.entries.map((e) => [e.organisationId ?? '-', e.personIds]));
    expect(seats).toEqual({ '-': [p.coordinator.id], [I.norrvik]: [p.norrvikNurse.id], [I.soderas]: [p.soderasChief.id], [I.vasterlid]: [] });
    expect(dataset.people.some((x) => x.id === p.norrvikNurse.id)).toBe(true);
  });

  it("produces the annual report every year from its template: 2024's published, 2025's planned", async () => {
    const { runtime } = await createSampleRuntime('sjolunda');
    const { deliverables } = runtime.getState();
    const report2024 = deliverables.get('sjolunda:arsrapport-2024')!;
    const report2025 = deliverables.get('sjolunda:arsrapport-2025')!;
    expect([report2024.status, report2024.context.due, report2024.context.title]).toEqual(['published', '2025-03-31', 'Årsrapport 2024']);
    expect([report2025.status, report2025.context.due]).toEqual(['planned', '2026-03-31']);
    expect(report2025.context.templateId).toBe(I.template);
  });

  it("has the commissioner's decision on the matter escalated from the March minutes, linked back to them", async () => {
    const { runtime } = await createSampleRuntime('sjolunda');
    const rows = escalations(runtime.getState());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ meetingId: m1, escalation: { id: 'e1', to: 'commissioner' }, decision: { outcome: 'approved', reference: '§ 7/2025', mandateId: I.mandate } });
  });
});

describe('authority in the Sjölunda sample', () => {
  const at = '2025-10-15T10:00:00+02:00';

  it("refuses Söderås's appointer Västerlid's seat in the working group, and writes nothing", async () => {
    const { runtime } = await createSampleRuntime('sjolunda');
    const before = runtime.getState();
    const result = await runtime.dispatch({ type: 'fillGroupSeat', id: 'x-1', by: p.soderasChief.id, at, groupId: I.workingGroup, roleId: 'sjolunda:tjansteperson', organisationId: I.vasterlid, personId: p.soderasChief.id });
    expect(result).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(!result.ok && result.message.sv).toContain('Västerlids kommun');
    expect(!result.ok && result.message.en).toContain('Västerlids kommun');
    expect(runtime.getState()).toBe(before);
  });

  it('refuses a member of the committee who convenes the steering group it prepares for', async () => {
    const { runtime } = await createSampleRuntime('sjolunda');
    const meeting = { id: 'sjolunda:mote-x', groupId: I.steeringGroup, title: 'Extra möte', startsAt: '2025-11-19T13:00:00+01:00', durationMinutes: 60 };
    const byCommittee = await runtime.dispatch({ type: 'planMeeting', id: 'x-2', by: p.vasterlidChief.id, at, meetingId: meeting.id, meeting });
    expect(byCommittee).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(runtime.getState().meetings.has(meeting.id)).toBe(false);
  });

  it("leaves the March chair nothing for October's minutes, which are October's chair's", async () => {
    const { runtime } = await createSampleRuntime('sjolunda', undefined, { upTo: today });
    const result = runtime.can({ type: 'approveMinutes', id: 'x-4', by: p.norrvikPolitician.id, at, meetingId: m2 });
    expect(result).toMatchObject({ ok: false });
    expect(result).toMatchObject({ code: 'NOT_AUTHORISED' });
  });
});
