import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { Theme, ThemeInput, themeStatusLabels } from './theme.schema.js';
import { ThemeEvent } from './theme.events.js';

const theme = { id: 'tema-1', title: 'Digitala vårdmöten', steeringGroupId: 'styrgrupp' };
const meta = { by: 'ordf', at: '2016-09-01T10:00:00+02:00' };

describe('Theme schema', () => {
  it('fills in empty lists for a proposed theme', () => {
    const result = parseWith(Theme, theme);
    expect(result.ok && result.value).toMatchObject({ networkMeetings: [], seminars: [] });
  });

  it('rejects a theme decided by another group than its steering group', () => {
    const result = parseWith(Theme, { ...theme, decidedBy: 'projektkontoret' });
    expect(!result.ok && result.issues[0]).toMatchObject({
      pathText: 'decidedBy',
      message: {
        sv: '«decidedBy» temat beslutas av styrgruppen',
        en: '«decidedBy» the theme is decided by the steering group',
      },
    });
  });

  it('rejects a seminar listed twice and an unknown seminar status', () => {
    const result = parseWith(Theme, {
      ...theme,
      seminars: [
        { seminarId: 's1', status: 'held' },
        { seminarId: 's1', status: 'finished' },
      ],
    });
    expect(!result.ok && result.issues.map((i) => i.pathText)).toEqual(['seminars[1].status']);
    const twice = parseWith(Theme, { ...theme, seminars: [{ seminarId: 's1', status: 'held' }, { seminarId: 's1', status: 'held' }] });
    expect(!twice.ok && twice.issues[0]?.message.en).toBe('«seminars» the same seminar may appear only once');
  });

  it('rejects a period that ends before it starts', () => {
    const result = parseWith(ThemeInput, { ...theme, period: { start: '2017-01-31', end: '2016-10-01' } });
    expect(!result.ok && result.issues[0]?.pathText).toBe('period.end');
  });

  it('has a Swedish and an English name for every status', () => {
    expect(themeStatusLabels.networkMet.sv).toBe('Nätverksträff hållen');
  });
});

describe('ThemeEvent schema', () => {
  it('parses an evaluation with a reason for an open seminar', () => {
    const result = parseWith(ThemeEvent, {
      type: 'evaluateTheme',
      summary: 'Bra genomslag',
      openSeminars: [{ seminarId: 's2', reason: 'Enheten stängde' }],
      ...meta,
    });
    expect(result.ok).toBe(true);
  });

  it('rejects a decision without direction and an open seminar without reason', () => {
    const decide = parseWith(ThemeEvent, { type: 'decideTheme', decidedBy: 'styrgrupp', ...meta });
    expect(!decide.ok && decide.issues[0]?.pathText).toBe('direction');
    const evaluate = parseWith(ThemeEvent, { type: 'evaluateTheme', summary: 'x', openSeminars: [{ seminarId: 's2' }], ...meta });
    expect(!evaluate.ok && evaluate.issues[0]?.message.sv).toBe('«openSeminars[0].reason» saknas men är obligatoriskt');
  });

  it('rejects a forwarded status that is not a seminar status', () => {
    const result = parseWith(ThemeEvent, { type: 'seminarStatusChanged', seminarId: 's1', status: 'done', ...meta });
    expect(!result.ok && result.issues[0]?.pathText).toBe('status');
  });
});
