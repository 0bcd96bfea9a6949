import { describe, expect, it } from 'vitest';
import { dialogueSeminarStatusLabels } from '../seminar/dialogue-seminar.schema.js';
import { themeStatusLabels } from '../seminar/theme.schema.js';
import { programmeOverview, seminarReportingStatusLabels } from './programme-overview.js';
import { E, ehalsalyftetWorld } from './test-state.js';

const world = ehalsalyftetWorld();
const state = world.state();
const d = world.dataset;

describe('programmeOverview', () => {
  const overview = programmeOverview(state, { programmeId: E.programme });
  const [t1, t2, t3] = overview.themes;

  it('lists the programme’s themes in date order with their status', () => {
    expect(overview.themes.map((t) => [t.themeId, t.status])).toEqual([
      [E.theme1, 'seminarsRunning'],
      [E.theme2, 'decided'],
      [E.theme3, 'proposed'],
    ]);
    expect(t1).toMatchObject({
      title: 'Digitala vårdmöten',
      statusLabel: themeStatusLabels.seminarsRunning,
      direction: 'Digitala vårdmöten i vardagen.',
      steeringGroupName: 'Styrgruppen för eHälsalyftet',
      networkMeetingCount: 1,
      evaluated: false,
    });
  });

  it('gives each seminar its reporting status', () => {
    const [s1, s2, s3] = d.seminars.filter((s) => s.themeId === E.theme1);
    expect(t1!.seminars.map((s) => [s.seminarId, s.reporting])).toEqual([
      [s1!.id, 'reported'],
      [s2!.id, 'awaitingReport'],
      [s3!.id, 'cancelled'],
      [E.extraSeminar, 'notHeld'],
    ]);
    const first = t1!.seminars[0]!;
    expect(first).toMatchObject({
      status: 'fedBack',
      statusLabel: dialogueSeminarStatusLabels.fedBack,
      reportingLabel: seminarReportingStatusLabels.reported,
      needsSummarised: true,
      fedBack: true,
      settled: true,
      organisationName: d.organisations.find((o) => o.id === s1!.organisationId)!.name,
      leaderName: d.people.find((p) => p.id === s1!.leaderId)!.name,
      attendanceCount: s1!.participants.length,
      hours: 3 + 2 * s1!.participants.length,
      knownOnlyFromTheme: false,
    });
    expect(t1!.seminars[1]).toMatchObject({ status: 'held', settled: false, hours: 0, heldAt: expect.stringMatching(/^2016-10-18T16:00/) });
    expect(t1!.seminars[2]).toMatchObject({ status: 'cancelled', settled: true });
    expect(t1!.seminars[3]).toMatchObject({ knownOnlyFromTheme: true, status: 'planned', title: undefined });
  });

  it('counts the seminars per reporting status', () => {
    expect(t1!.counts).toEqual({ total: 4, notHeld: 1, awaitingReport: 1, reported: 1, cancelled: 1, fedBack: 1 });
    expect(t2!.counts).toEqual({ total: 3, notHeld: 2, awaitingReport: 0, reported: 1, cancelled: 0, fedBack: 0 });
    expect(t2!.seminars[0]).toMatchObject({ status: 'reported', needsSummarised: false, fedBack: false, hours: 26 });
    expect(t3!.counts).toEqual({ total: 3, notHeld: 3, awaitingReport: 0, reported: 0, cancelled: 0, fedBack: 0 });
  });

  it('lists every theme without a programme, none for an unknown one', () => {
    expect(programmeOverview(state).themes).toHaveLength(3);
    expect(programmeOverview(state, { programmeId: 'okand' }).themes).toEqual([]);
  });
});
