import { describe, expect, it } from 'vitest';
import { outstandingParties } from '../../agreement/agreement.rules.js';
import { isWorkingDay } from '../../calendar/swedish-holidays.js';
import { overdueDeliverables } from '../../deliverable/deliverable.rules.js';
import { MAX_HOURS_PER_DAY } from '../../esf/esf-limits.js';
import { areMinutesLate, minutesDueDate } from '../../meeting/meeting.rules.js';
import { rolesById } from '../../runtime/authority.js';
import { commandDefinitions } from '../../runtime/commands/index.js';
import { createSamverkan, type Samverkan } from '../../runtime/create-samverkan.js';
import type { RuntimeState } from '../../runtime/state.js';
import { createMemoryStore } from '../../runtime/store/memory-store.js';
import type { EventStore, StoredEvent } from '../../runtime/store/store.js';
import { swedishDate } from '../../shared/dates.js';
import { vacancies } from '../../staffing/staffing.rules.js';
import { ehalsalyftet } from '../ehalsalyftet.js';
import { createSampleRuntime, loadSample, resetToSample, sampleReferenceDates, type SampleId, sampleAdministrators } from '../load-sample.js';
import { swedishTime } from '../sample-helpers.js';
import { sampleHistories } from './index.js';
import { trustedRecords } from '../../runtime/identity.js';

const sampleIds = Object.keys(sampleHistories) as SampleId[];

interface Loaded {
  store: EventStore;
  runtime: Samverkan;
  commands: number;
  referenceDate: string;
}

/** Each sample is loaded once and shared by the tests that only read it. */
const cache = new Map<SampleId, Promise<Loaded>>();
function loaded(id: SampleId): Promise<Loaded> {
  let entry = cache.get(id);
  if (!entry) {
    entry = (async () => {
      const store = createMemoryStore();
      const { runtime, commands, referenceDate } = await createSampleRuntime(id, store);
      return { store, runtime, commands, referenceDate };
    })();
    cache.set(id, entry);
  }
  return entry;
}

const countBy = (values: readonly string[]) =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
const statuses = (map: ReadonlyMap<string, { status: string }>) => countBy([...map.values()].map((v) => v.status));
const statusOf = (map: ReadonlyMap<string, { status: string }>, id: string) => map.get(id)?.status;

/** Everything of a stored event that does not depend on the random event id. */
/** An event without its random id, and without its hashes (which cover the id). */
const withoutId = ({ id: _id, hash: _hash, previousHash: _previous, ...rest }: StoredEvent) => rest;

/** The comparable content of every aggregate map. */
function aggregatesOf(state: RuntimeState) {
  const keys = ['mandates', 'meetings', 'themes', 'seminars', 'deliverables', 'agreements'] as const;
  return Object.fromEntries(
    keys.map((key) => [key, [...state[key].values()].map((v) => ({ id: v.id, status: v.status, state: v.state, version: v.version, context: v.context }))]),
  );
}

describe.each(sampleIds)('the history of %s', (id) => {
  const history = sampleHistories[id];

  it('loads with zero refused commands', async () => {
    const { commands, referenceDate } = await loaded(id);
    expect(commands).toBe(history.commands().length);
    expect(commands).toBeGreaterThan(40);
    expect(referenceDate).toBe(sampleReferenceDates[id]);
  });

  it('is numbered in time order, on Swedish working days with Swedish offsets, all before the sample’s today', () => {
    const commands = history.commands();
    expect(commands.map((c) => c.id)).toEqual(commands.map((_, i) => `${id}-h-${String(i + 1).padStart(3, '0')}`));
    const times = commands.map((c) => Date.parse(c.at));
    expect(times.every((ms, i) => i === 0 || ms >= times[i - 1]!)).toBe(true);
    expect(times[0]!).toBeGreaterThan(Date.parse(history.loadedAt));
    expect(times.at(-1)!).toBeLessThan(Date.parse(history.referenceDate));
    for (const at of [history.referenceDate, history.loadedAt, ...commands.map((c) => c.at)]) {
      expect(swedishTime(at.slice(0, 10), at.slice(11, 16)), at).toBe(at);
    }
    expect(commands.filter((c) => !isWorkingDay(swedishDate(c.at))).map((c) => `${c.id} ${c.at}`)).toEqual([]);
  });

  it('records every command in a role that holds the authority it needs', async () => {
    const { runtime, store } = await loaded(id);
    const state = runtime.getState();
    const roles = rolesById(state);
    const events = await store.readAll();
    for (const command of history.commands()) {
      const def = commandDefinitions.get(command.type)!;
      const needed = def.authority(command, { state, aggregate: undefined });
      const own = events.filter((e) => e.commandId === command.id && e.type === command.type);
      expect(own, command.id).toHaveLength(1);
      expect(own[0]!.by).toBe(command.by);
      expect(roles.get(own[0]!.role)?.authorities, `${command.id} ${command.type} as ${own[0]!.role}`).toContain(needed);
    }
  });

  it('replays from the store into a new runtime with the same state (replay equals live)', async () => {
    const { runtime, store } = await loaded(id);
    const replayed = await createSamverkan({ identity: trustedRecords(), store });
    expect(replayed.getState().dataset).toEqual(runtime.getState().dataset);
    expect(aggregatesOf(replayed.getState())).toEqual(aggregatesOf(runtime.getState()));
  });

  it('is deterministic: loading it again into a fresh store writes the same events', async () => {
    const { store } = await loaded(id);
    const again = createMemoryStore();
    await createSampleRuntime(id, again);
    expect((await again.readAll()).map(withoutId)).toEqual((await store.readAll()).map(withoutId));
  });

  it('changes nothing when loaded again into the same store', async () => {
    const store = createMemoryStore();
    const { runtime } = await createSampleRuntime(id, store);
    const before = await store.readAll();
    const again = await loadSample(store, id);
    expect(runtime.getState().meetings.size).toBeGreaterThan(0);
    expect(again).toEqual({ ok: true, referenceDate: history.referenceDate, commands: history.commands().length });
    expect(await store.readAll()).toEqual(before);
  });
});

describe('loadSample', () => {
  it('replays up to an instant: the sample as it was then', async () => {
    const store = createMemoryStore();
    // A runtime that follows the store hears the loaded sample.
    const runtime = await createSamverkan({ identity: trustedRecords(), store });
    const upTo = '2019-03-20T12:00:00+01:00';
    const result = await loadSample(store, 'fyrbodal', { upTo });
    const expected = sampleHistories.fyrbodal.commands().filter((c) => Date.parse(c.at) <= Date.parse(upTo)).length;
    expect(result).toEqual({ ok: true, referenceDate: upTo, commands: expected });
    expect(expected).toBeLessThan(sampleHistories.fyrbodal.commands().length);
    const state = runtime.getState();
    // The network has reviewed; socialchefsnätverket has not yet.
    expect(state.mandates.get('fyrbodal:uppdrag-e-halsonatverket')?.state).toBe('inReview.collecting');
    expect(statusOf(state.meetings, 'fyrbodal:mote-2019-01-24')).toBe('published');
    expect(statusOf(state.meetings, 'fyrbodal:mote-2019-03-21')).toBe('invited');
  });

  it('refuses an upTo that is not an instant', async () => {
    await expect(loadSample(createMemoryStore(), 'fyrbodal', { upTo: '2019-03-20' })).rejects.toThrow(RangeError);
  });

  it('stops at the first refused command and names it with the runtime’s reason', async () => {
    const store = createMemoryStore();
    const runtime = await createSamverkan({ identity: trustedRecords(), store });
    await runtime.load((await import('../fyrbodal.js')).fyrbodal, { by: sampleAdministrators.fyrbodal, at: '2018-12-17T08:00:00+01:00' });
    // Someone else opened the call for January first: the history's own openCall no longer fits.
    const meetingId = 'fyrbodal:mote-2019-01-24';
    expect(await runtime.dispatch({ type: 'openCall', id: 'other', by: 'fyrbodal:person-001', at: '2018-12-20T09:00:00+01:00', meetingId })).toMatchObject({ ok: true });
    const result = await loadSample(store, 'fyrbodal');
    const openCall = sampleHistories.fyrbodal.commands().find((c) => c.type === 'openCall' && c.meetingId === meetingId)!;
    expect(result).toMatchObject({ ok: false, failed: { command: openCall, error: { code: 'NOT_ALLOWED_NOW' } } });
    await expect(createSampleRuntime('fyrbodal', store)).rejects.toThrow(openCall.id);
  });
});

describe('the Fyrbodal sample after its history', () => {
  const today = sampleReferenceDates.fyrbodal;
  const state = async () => (await loaded('fyrbodal')).runtime.getState();

  it('has the mandate reviewed by both bodies, approved as 1.0 (public) and staffed as 1.1 with Åmål still vacant', async () => {
    const s = await state();
    const mandate = s.mandates.get('fyrbodal:uppdrag-e-halsonatverket')!;
    expect(mandate.status).toBe('active');
    expect(mandate.context.mandate.version).toBe('1.1');
    expect(mandate.context.mandate.classification).toBe('public');
    const history = mandate.context.mandate.versionHistory;
    expect(history.map((v) => v.version)).toEqual(['0.1', '0.1', '0.2', '0.2', '0.2', '1.0', '1.1']);
    expect(history.slice(3, 5).map((v) => [v.date, v.issuer])).toEqual([
      ['2019-03-14', 'Granskad av e-hälsonätverket'],
      ['2019-03-28', 'Granskad av socialchefsnätverket'],
    ]);
    expect(mandate.context.approvedVersions.map((v) => [v.version, swedishDate(v.approvedAt), v.approvedBy])).toEqual([
      ['1.0', '2019-04-04', 'fyrbodal:socialchefsnatverket'],
    ]);
    const vacant = vacancies(mandate.context.mandate.staffingPlan).map((v) => s.dataset.organisations.find((o) => o.id === v.organisationId)?.name);
    expect(vacant).toEqual(['Åmål']);
  });

  it('has its meetings in many states', async () => {
    const s = await state();
    expect(statuses(s.meetings)).toEqual({ published: 3, cancelled: 1, minutesDrafted: 1, collectingItems: 1, planned: 6 });
    const may = s.meetings.get('fyrbodal:mote-2019-05-16')!.context;
    expect(may.reschedules).toHaveLength(1);
    expect(may.startsAt).toBe('2019-05-23T09:00:00+02:00');
    expect(s.meetings.get('fyrbodal:mote-2019-08-29')!.context.cancelledReason).toContain('semesterperioden');
  });

  it('keeps the late agenda with its reason, and the escalation to the commissioner', async () => {
    const { runtime } = await loaded('fyrbodal');
    const march = runtime.getState().meetings.get('fyrbodal:mote-2019-03-21')!.context;
    expect(march.agendaLate).toBe(true);
    expect(march.lateReason).toContain('e-rådet');
    expect(march.warnings.map((w) => w.code)).toContain('agendaLate');
    expect(march.minutes?.escalations.map((e) => e.to)).toEqual(['commissioner']);
    const trail = await runtime.history('meeting:fyrbodal:mote-2019-03-21');
    expect(trail.find((e) => e.type === 'publishAgenda')?.reason).toBe(march.lateReason);
    expect(trail.find((e) => e.type === 'escalateDecision')?.reason).toContain('mandat');
  });

  it('records attendance with excused and absent representatives, a substitute and remote participants', async () => {
    const s = await state();
    const published = [...s.meetings.values()].filter((m) => m.status === 'published').flatMap((m) => m.context.attendance);
    expect(new Set(published.map((r) => r.status))).toEqual(new Set(['present', 'excused', 'absent', 'substitute']));
    expect(published.filter((r) => r.mode === 'remote').length).toBeGreaterThan(3);
    const sub = published.find((r) => r.status === 'substitute')!;
    expect(s.dataset.people.find((p) => p.id === sub.substituteFor)?.organisationId).toBe(sub.organisationId);
    const organisations = new Set(published.filter((r) => r.status === 'present').map((r) => r.organisationId));
    expect(organisations.size).toBeGreaterThan(10);
  });

  it('has minutes that tell what was informed, discussed and decided, with decisions and actions', async () => {
    const s = await state();
    const minutes = s.meetings.get('fyrbodal:mote-2019-01-24')!.context.minutes!;
    expect(minutes.items.some((i) => i.informed) && minutes.items.some((i) => i.discussed) && minutes.items.some((i) => i.decided)).toBe(true);
    expect(minutes.decisions.length).toBeGreaterThan(0);
    expect(minutes.actions.every((a) => a.ownerId.startsWith('fyrbodal:') && /^\d{4}-\d{2}-\d{2}$/.test(a.due))).toBe(true);
  });

  it('has October’s minutes waiting past their due date and December collecting representatives’ proposals', async () => {
    const s = await state();
    const october = s.meetings.get('fyrbodal:mote-2019-10-17')!.context;
    expect(minutesDueDate(october.heldAt!, october.minutesDueDays)).toBe('2019-10-31');
    expect(areMinutesLate(today, october.heldAt!, october.minutesDueDays)).toBe(true);
    const december = s.meetings.get('fyrbodal:mote-2019-12-05')!.context;
    expect(december.agenda).toHaveLength(3);
    expect(december.agendaDeadline > swedishDate(today)).toBe(true);
    const representatives = s.mandates.get('fyrbodal:uppdrag-e-halsonatverket')!.context.mandate.staffingPlan.entries
      .filter((e) => e.roleId === 'fyrbodal:kommunrepresentant')
      .flatMap((e) => e.personIds);
    expect(december.agenda.every((i) => representatives.includes(i.proposedBy))).toBe(true);
  });

  it('has deliverables drafting, in review and planned, one of them overdue', async () => {
    const s = await state();
    expect(Object.fromEntries([...s.deliverables.values()].map((d) => [d.id, d.status]))).toEqual({
      'fyrbodal:minnesanteckningar-2019': 'drafting',
      'fyrbodal:deltagarlista-2019': 'inReview',
      'fyrbodal:utvarderingsrapport': 'planned',
      'fyrbodal:lagesrapport-e-radet-2019': 'drafting',
    });
    const overdue = overdueDeliverables([...s.deliverables.values()].map((d) => ({ ...d.context, status: d.status })), swedishDate(today));
    expect(overdue.map((o) => [o.deliverable.id, o.daysOverdue])).toEqual([['fyrbodal:lagesrapport-e-radet-2019', 20]]);
  });
});

describe('the eHälsalyftet sample after its history', () => {
  const state = async () => (await loaded('ehalsalyftet')).runtime.getState();

  it('has the mandate approved by the steering group as 1.0, a public record', async () => {
    const mandate = (await state()).mandates.get('ehalsalyftet:uppdrag-utvecklingsledare')!;
    expect(mandate.status).toBe('active');
    expect(mandate.context.mandate.version).toBe('1.0');
    expect(mandate.context.mandate.classification).toBe('public');
    expect(mandate.context.mandate.date).toBe('2016-03-01');
    expect(mandate.context.approvedVersions[0]?.approvedBy).toBe('ehalsalyftet:styrgrupp');
  });

  it('has theme 1 closed after every seminar was fed back, theme 2 running and theme 3 proposed', async () => {
    const s = await state();
    expect(Object.fromEntries([...s.themes.values()].map((t) => [t.id, t.status]))).toEqual({
      'ehalsalyftet:tema-1': 'closed',
      'ehalsalyftet:tema-2': 'seminarsRunning',
      'ehalsalyftet:tema-3': 'proposed',
    });
    const theme1 = s.themes.get('ehalsalyftet:tema-1')!.context;
    expect(theme1.seminars.map((x) => x.status)).toEqual(['fedBack', 'fedBack', 'fedBack']);
    expect(theme1.evaluation?.openSeminars).toEqual([]);
    expect(theme1.networkMeetings).toHaveLength(1);
    const theme2 = s.themes.get('ehalsalyftet:tema-2')!.context;
    expect(countBy(theme2.seminars.map((x) => x.status))).toEqual({ reported: 1, planned: 1, held: 1 });
    expect(theme2.networkMeetings).toHaveLength(2);
  });

  it('has seminars in several states', async () => {
    const s = await state();
    expect(statuses(s.seminars)).toEqual({ fedBack: 3, reported: 1, held: 1, planned: 4 });
    const fedBack = [...s.seminars.values()].filter((x) => x.status === 'fedBack');
    expect(fedBack.every((x) => x.context.needsSummary && x.context.feedback?.to === 'management')).toBe(true);
  });

  it('reports hours within 13 a day per person, matching the dataset’s time reports for theme 1', async () => {
    const s = await state();
    const reported = [...s.seminars.values()].filter((x) => x.context.hours.length > 0);
    expect(reported).toHaveLength(4);
    for (const seminar of reported) {
      const perPerson = countHours(seminar.context.hours);
      expect(Math.max(...perPerson.values())).toBeLessThanOrEqual(MAX_HOURS_PER_DAY);
      // Hours only for those who came, and the leader.
      const came = new Set([...seminar.context.attendance.map((a) => a.personId), seminar.context.leaderId]);
      expect([...perPerson.keys()].every((p) => came.has(p))).toBe(true);
    }
    const fromHistory = reported
      .filter((x) => x.context.themeId === 'ehalsalyftet:tema-1')
      .flatMap((x) => x.context.hours.map((h) => `${x.id} ${h.personId} ${h.hours}`))
      .sort();
    const fromDataset = (ehalsalyftet.timeReports ?? []).map((r) => `${r.seminarId} ${r.personId} ${r.hours}`).sort();
    expect(fromHistory).toEqual(fromDataset);
    const theme2 = s.seminars.get('ehalsalyftet:tema-2-vardcentral-norrviken')!.context;
    expect(theme2.attendance).toHaveLength(9);
  });

  it('has the communication plan published and theme 1’s needs summary approved', async () => {
    const s = await state();
    expect(statusOf(s.deliverables, 'ehalsalyftet:kommunikationsplan')).toBe('published');
    expect(statusOf(s.deliverables, 'ehalsalyftet:behovssammanstallning-tema-1')).toBe('approved');
    expect(statusOf(s.deliverables, 'ehalsalyftet:larandeutvardering')).toBe('planned');
    expect(statuses(s.meetings)).toEqual({ published: 2, planned: 1 });
  });
});

function countHours(hours: ReadonlyArray<{ personId: string; hours: number }>): Map<string, number> {
  const map = new Map<string, number>();
  for (const h of hours) map.set(h.personId, (map.get(h.personId) ?? 0) + h.hours);
  return map;
}

describe('the Örebro sample after its history', () => {
  const state = async () => (await loaded('orebro')).runtime.getState();

  it('has the county-wide mandate approved first and every local mandate refining it after', async () => {
    const s = await state();
    const county = s.mandates.get('orebro:uppdrag-samverkansledare-lanet')!;
    const locals = [...s.mandates.values()].filter((m) => m.context.mandate.parentMandateId === county.id);
    expect(locals).toHaveLength(4);
    for (const m of [county, ...locals]) {
      expect(m.status).toBe('active');
      expect(m.context.mandate.version).toBe('1.0');
      expect(m.context.mandate.classification).toBe('public');
    }
    const countyApproved = Date.parse(county.context.approvedVersions[0]!.approvedAt);
    expect(locals.every((m) => Date.parse(m.context.approvedVersions[0]!.approvedAt) > countyApproved)).toBe(true);
    expect(county.context.completedReviewRounds[0]?.reviews).toHaveLength(4);
  });

  it('has September published, October in different states and November collecting in two groups', async () => {
    const s = await state();
    const byDay = (day: string) => [...s.meetings.values()].filter((m) => m.id.endsWith(day)).map((m) => m.status).sort();
    expect(byDay('2026-09-08')).toEqual(['published', 'published', 'published', 'published']);
    expect(byDay('2026-10-13')).toEqual(['agendaPublished', 'held', 'minutesDrafted', 'published']);
    expect(byDay('2026-11-17')).toEqual(['collectingItems', 'collectingItems', 'planned', 'planned']);
    expect(byDay('2026-12-15')).toEqual(['planned', 'planned', 'planned', 'planned']);
    const moved = s.meetings.get('orebro:orebro-mote-2026-10-13')!.context;
    expect(moved.startsAt).toBe('2026-10-27T12:00:00+01:00');
    expect(moved.agendaLate).toBe(false);
  });

  it('has action plans in every state from planned to published', async () => {
    const s = await state();
    expect(new Set([...s.deliverables.values()].map((d) => d.status))).toEqual(new Set(['planned', 'drafting', 'inReview', 'approved', 'published']));
    expect(s.deliverables.get('orebro:vastra-lansdelen-handlingsplan')!.context.changeRequests).toHaveLength(1);
  });
});

describe('the Dalarna sample after its history', () => {
  const state = async () => (await loaded('dalarna')).runtime.getState();

  it('has the mandate approved by Välfärdsrådet on 2026-01-08 as 1.0, a public record', async () => {
    const mandate = (await state()).mandates.get('dalarna:uppdrag-omstallningsledare')!;
    expect(mandate.status).toBe('active');
    expect(mandate.context.mandate.version).toBe('1.0');
    expect(mandate.context.mandate.classification).toBe('public');
    expect(mandate.context.mandate.date).toBe('2026-01-08');
    expect(mandate.context.approvedVersions.map((v) => v.approvedBy)).toEqual(['dalarna:valfardsradet']);
    expect(mandate.context.completedReviewRounds[0]?.reviews.map((r) => r.body)).toEqual(['dalarna:styrgrupp-omstallning']);
  });

  it('has the agreement on referral in round 2 after a rejection, with six of sixteen adopted', async () => {
    const agreement = (await state()).agreements.get('dalarna:overenskommelse-hsih')!;
    expect(agreement.status).toBe('referral');
    expect(agreement.context.round).toBe(2);
    expect(agreement.context.version).toBe('0.2');
    const [round1] = agreement.context.history;
    expect(countBy(round1!.decisions.map((d) => d.decision))).toEqual({ adopted: 8, rejected: 1 });
    expect(round1!.decisions.find((d) => d.decision === 'rejected')?.organisationId).toBe('dalarna:alvdalen');
    expect(agreement.context.decisions.every((d) => d.decision === 'adopted')).toBe(true);
    expect(agreement.context.decisions).toHaveLength(6);
    expect(outstandingParties(agreement.context)).toHaveLength(10);
  });

  it('has its deliverables approved, published, drafting and planned', async () => {
    const s = await state();
    expect(Object.fromEntries([...s.deliverables.values()].map((d) => [d.id, d.status]))).toEqual({
      'dalarna:agreement': 'drafting',
      'dalarna:implementationPlan': 'drafting',
      'dalarna:riskAnalysis': 'approved',
      'dalarna:finalReport': 'planned',
      'dalarna:communicationPlan': 'published',
    });
  });

  it('has the steering group’s past meetings published, November’s minutes drafted and December planned', async () => {
    const s = await state();
    expect(statuses(s.meetings)).toEqual({ published: 8, minutesDrafted: 1, planned: 1 });
    const november = s.meetings.get('dalarna:styrgrupp-2026-11-17')!;
    expect(november.status).toBe('minutesDrafted');
    expect(november.context.minutes?.escalations).toHaveLength(1);
    expect(statusOf(s.meetings, 'dalarna:styrgrupp-2026-12-08')).toBe('planned');
  });
});

describe('resetting to a sample', () => {
  it('throws away what was done since and restores the sample as shipped', async () => {
    const store = createMemoryStore();
    const { runtime } = await createSampleRuntime('fyrbodal', store);
    const shipped = runtime.getState();
    const december = [...shipped.meetings.values()].find((m) => m.status === 'collectingItems')!;
    const cancelled = await runtime.dispatch({
      type: 'cancelMeeting',
      id: 'reset-test-1',
      by: 'fyrbodal:person-001',
      at: '2019-11-21T09:00:00+01:00',
      meetingId: december.id,
      reason: 'Prov',
    });
    expect(cancelled.ok).toBe(true);
    expect(runtime.getState().meetings.get(december.id)?.status).toBe('cancelled');

    const reset = await resetToSample(store, 'fyrbodal');
    expect(reset.ok).toBe(true);
    // The old runtime's state is of the old log: a runtime opened anew replays the reset one.
    const reopened = await createSamverkan({ identity: trustedRecords(), store });
    const after = reopened.getState();
    expect(after.meetings.get(december.id)?.status).toBe('collectingItems');
    expect(after.meetings).toEqual(shipped.meetings);
    expect(after.mandates).toEqual(shipped.mandates);
    expect(await reopened.history(`meeting:${december.id}`)).not.toContainEqual(expect.objectContaining({ commandId: 'reset-test-1' }));
  });
});
