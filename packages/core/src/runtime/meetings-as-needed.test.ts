/**
 * Meetings without a series (issue 15, item 1): many groups meet as needed (*vid behov*). A
 * meeting may be planned without a series, under its group's own meeting rules or, where the group
 * has none, core's defaults; a series may meet as needed (no fixed cadence); and the series of a
 * mandate created by command is one `planMeeting` can use.
 */
import { describe, expect, it } from 'vitest';
import { planSeriesYear } from '../calendar/year-plan.rules.js';
import { defaultMeetingRules, MeetingSeries } from '../meeting/meeting-series.schema.js';
import { cmd, startTestNetwork, T, testMandate, testNetwork } from '../testing/test-network.js';

const plan = (meetingId: string, extra: Record<string, unknown> = {}) =>
  cmd({
    type: 'planMeeting',
    by: T.processLeader,
    at: '2030-02-01T09:00:00+01:00',
    meetingId,
    meeting: { id: meetingId, groupId: T.steeringGroup, title: 'Extra styrgruppsmöte', startsAt: '2030-03-04T13:00:00+01:00', durationMinutes: 90, ...extra },
  });

describe('a meeting without a series', () => {
  it("follows its group's own meeting rules: the agenda 10 days before, the minutes within 21", async () => {
    const { sv } = await startTestNetwork();
    const result = await sv.dispatch(plan('t:mote-1'));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const meeting = sv.getState().meetings.get('t:mote-1')!.context;
    expect(meeting.seriesId).toBeUndefined();
    expect(meeting).toMatchObject({ agendaLeadTimeDays: 10, minutesDueDays: 21, agendaDeadline: '2030-02-22' });
  });

  it("follows core's defaults where the group has no rules: a week's notice, minutes within two weeks", async () => {
    const dataset = testNetwork();
    delete (dataset.groups![0] as { meetingRules?: unknown }).meetingRules;
    const { sv } = await startTestNetwork(dataset);
    expect((await sv.dispatch(plan('t:mote-1'))).ok).toBe(true);
    const meeting = sv.getState().meetings.get('t:mote-1')!.context;
    expect(defaultMeetingRules).toEqual({ agendaLeadTimeDays: 7, minutesDueDays: 14 });
    expect(meeting).toMatchObject({ agendaLeadTimeDays: 7, minutesDueDays: 14, agendaDeadline: '2030-02-25' });
  });

  it('is refused NOT_FOUND when it names a series that does not exist, and nothing is written', async () => {
    const { sv, store } = await startTestNetwork();
    const before = (await store.readAll()).length;
    const result = await sv.dispatch(plan('t:mote-1', { seriesId: 't:ingen-serie' }));
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND', message: { sv: 'Mötesserien «t:ingen-serie» finns inte' } });
    expect((await store.readAll()).length).toBe(before);
  });
});

describe('a series of a mandate created by command', () => {
  it('is one planMeeting finds: its lead times apply', async () => {
    const { sv } = await startTestNetwork();
    const created = await sv.dispatch(cmd({ type: 'createMandate', by: T.processLeader, at: '2030-01-10T09:00:00+01:00', mandateId: 't:uppdrag', mandate: testMandate() }));
    expect(created.ok, JSON.stringify(created)).toBe(true);
    const result = await sv.dispatch(plan('t:mote-2', { seriesId: 't:uppdrag:serie' }));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(sv.getState().meetings.get('t:mote-2')!.context).toMatchObject({ seriesId: 't:uppdrag:serie', agendaLeadTimeDays: 20, minutesDueDays: 10 });
  });
});

describe('a series that meets as needed', () => {
  const series = {
    id: 's',
    name: 'Arbetsgruppens möten',
    groupId: 'g',
    cadence: {},
    agendaLeadTimeDays: 7,
    responsibleRole: 'processLeader',
  };

  it('has no fixed cadence: a cadence without meetings per year is valid', () => {
    const parsed = MeetingSeries.safeParse(series);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.cadence.meetingsPerYear).toBeUndefined();
  });

  it('gets no year plan: the planner says why, located at the cadence', () => {
    const result = planSeriesYear(MeetingSeries.parse(series), 2030, { preferredWeekday: 2 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({
      pathText: 'cadence.meetingsPerYear',
      message: { sv: '«cadence.meetingsPerYear» saknas: serien möts vid behov och får ingen årsplan; planera varje möte för sig' },
    });
  });
});
