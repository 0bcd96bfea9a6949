import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dialogueSeminarMachine } from '../seminar/dialogue-seminar.machine.js';
import { parseWith } from '../shared/validation.js';
import { timeReportsFromSeminar } from './seminar-time-reports.js';
import { TimeReport } from './time-report.schema.js';

describe('timeReportsFromSeminar', () => {
  it('turns the reported hours into time reports dated the Swedish day the seminar was held', () => {
    const attendance = [
      { personId: 'p1', professionalCategory: 'nurse' as const },
      { personId: 'p2', professionalCategory: 'physician' as const },
    ];
    const actor = createActor(dialogueSeminarMachine, {
      input: { id: 'sem-1', themeId: 't1', organisationId: 'u1', leaderId: 'ul', plannedAt: '2017-03-01T13:00:00+01:00' },
    }).start();
    // 23:30 UTC on 1 March is 00:30 on 2 March in Stockholm.
    const at = '2017-03-01T23:30:00Z';
    actor.send({ type: 'holdSeminar', attendance, by: 'ul', at });
    actor.send({
      type: 'reportSeminar',
      attendance,
      hours: [
        { personId: 'p1', professionalCategory: 'nurse', hours: 2.5 },
        { personId: 'p2', professionalCategory: 'physician', hours: 2 },
      ],
      by: 'ul',
      at,
    });
    const reports = timeReportsFromSeminar(actor.getSnapshot().context, 'ehalsalyftet');
    expect(reports).toEqual([
      { id: 'sem-1:hours:1', personId: 'p1', projectId: 'ehalsalyftet', date: '2017-03-02', hours: 2.5, activity: 'dialogueSeminar', professionalCategory: 'nurse', seminarId: 'sem-1' },
      { id: 'sem-1:hours:2', personId: 'p2', projectId: 'ehalsalyftet', date: '2017-03-02', hours: 2, activity: 'dialogueSeminar', professionalCategory: 'physician', seminarId: 'sem-1' },
    ]);
    for (const r of reports) expect(parseWith(TimeReport, r).ok).toBe(true);
  });
});
