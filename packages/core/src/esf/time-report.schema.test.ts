import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { TimeReport, timeActivityLabels } from './time-report.schema.js';

const good = {
  id: 'tr-1',
  personId: 'anna',
  projectId: 'ehalsalyftet',
  date: '2017-02-10',
  hours: 2.75,
  activity: 'dialogueSeminar',
  professionalCategory: 'nurse',
  seminarId: 'sem-1',
};

describe('TimeReport schema', () => {
  it('parses a report of seminar hours', () => {
    expect(parseWith(TimeReport, good)).toEqual({ ok: true, value: good });
  });

  it('lets planning time stand without a seminar', () => {
    const { seminarId: _s, ...planning } = good;
    expect(parseWith(TimeReport, { ...planning, activity: 'planning' }).ok).toBe(true);
  });

  it('requires the seminar for dialogue-seminar time', () => {
    const { seminarId: _s, ...rest } = good;
    const result = parseWith(TimeReport, rest);
    expect(!result.ok && result.issues[0]).toMatchObject({
      pathText: 'seminarId',
      message: {
        sv: '«seminarId» tid för dialogseminarium måste ange seminariet',
        en: '«seminarId» time for a dialogue seminar must name the seminar',
      },
    });
  });

  it('rejects negative hours, more than 24, three decimals, a bad date and an unknown activity', () => {
    const paths = (input: object) => {
      const result = parseWith(TimeReport, { ...good, ...input });
      return result.ok ? [] : result.issues.map((i) => i.pathText);
    };
    expect(paths({ hours: -1 })).toEqual(['hours']);
    expect(paths({ hours: 25 })).toEqual(['hours']);
    expect(paths({ hours: 1.005 })).toEqual(['hours']);
    expect(paths({ date: '2017-02-30' })).toEqual(['date']);
    expect(paths({ activity: 'coffee' })).toEqual(['activity']);
    const negative = parseWith(TimeReport, { ...good, hours: -1 });
    expect(!negative.ok && negative.issues[0]?.message.sv).toBe('«hours» måste vara större än 0');
  });

  it('has a Swedish and an English name for every activity', () => {
    expect(timeActivityLabels.networkMeeting).toEqual({ sv: 'Nätverksträff', en: 'Network meeting' });
  });
});
