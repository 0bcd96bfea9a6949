import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { DialogueSeminar, DialogueSeminarInput, SeminarHours, dialogueSeminarStatusLabels } from './dialogue-seminar.schema.js';

const planned = {
  id: 'sem-1',
  themeId: 'theme-1',
  organisationId: 'unit-1',
  leaderId: 'ul-1',
  plannedAt: '2017-03-01T13:00:00+01:00',
  participants: [
    { personId: 'p1', professionalCategory: 'nurse' },
    { personId: 'p2', professionalCategory: 'physician' },
  ],
};

describe('DialogueSeminar schema', () => {
  it('fills in empty lists for a seminar just planned', () => {
    const result = parseWith(DialogueSeminar, planned);
    expect(result.ok && result.value).toMatchObject({ attendance: [], hours: [], warnings: [] });
  });

  it('parses a fed-back seminar', () => {
    const result = parseWith(DialogueSeminar, {
      ...planned,
      attendance: planned.participants,
      hours: [{ personId: 'p1', professionalCategory: 'nurse', hours: 2.5 }],
      needsSummary: 'Behov av utbildning',
      feedback: { to: 'management', text: 'Återkopplat', by: 'ul-1', at: '2017-03-10T09:00:00+01:00' },
      heldAt: '2017-03-01T16:00:00+01:00',
    });
    expect(result.ok).toBe(true);
  });

  it('rejects a bad time, a person listed twice and an unknown category, naming each path', () => {
    const result = parseWith(DialogueSeminar, {
      ...planned,
      plannedAt: '1 mars kl 13',
      participants: [planned.participants[0], planned.participants[0]],
      attendance: [{ personId: 'p3', professionalCategory: 'wizard' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.pathText);
    expect(paths).toEqual(['plannedAt', 'participants', 'attendance[0].professionalCategory']);
    const twice = result.issues[1]!.message;
    expect(twice.sv).toBe('«participants» samma person får bara finnas med en gång');
    expect(twice.en).toBe('«participants» the same person may appear only once');
  });

  it('rejects feedback to anyone but the process supervisor or management', () => {
    const result = parseWith(DialogueSeminar, {
      ...planned,
      feedback: { to: 'press', text: 'x', by: 'ul-1', at: '2017-03-10T09:00:00+01:00' },
    });
    expect(!result.ok && result.issues[0]?.pathText).toBe('feedback.to');
  });

  it('requires the leader in the input', () => {
    const { leaderId: _l, ...rest } = planned;
    const result = parseWith(DialogueSeminarInput, rest);
    expect(!result.ok && result.issues[0]?.message).toEqual({
      sv: '«leaderId» saknas men är obligatoriskt',
      en: '«leaderId» is missing but required',
    });
  });

  it('has a Swedish and an English name for every status', () => {
    expect(dialogueSeminarStatusLabels.fedBack).toEqual({ sv: 'Återkopplat', en: 'Fed back' });
  });
});

describe('SeminarHours schema', () => {
  const row = { personId: 'p1', professionalCategory: 'nurse' };

  it('accepts 0.25 to 13 hours', () => {
    expect(parseWith(SeminarHours, { ...row, hours: 0.25 }).ok).toBe(true);
    expect(parseWith(SeminarHours, { ...row, hours: 13 }).ok).toBe(true);
  });

  it('rejects 0, more than 13 and three decimals', () => {
    const zero = parseWith(SeminarHours, { ...row, hours: 0 });
    expect(!zero.ok && zero.issues[0]?.message.sv).toBe('«hours» måste vara större än 0');
    const long = parseWith(SeminarHours, { ...row, hours: 13.5 });
    expect(!long.ok && long.issues[0]?.message.en).toBe('«hours» must be at most 13');
    const fine = parseWith(SeminarHours, { ...row, hours: 1.125 });
    expect(!fine.ok && fine.issues[0]?.message).toEqual({ sv: '«hours» får ha högst två decimaler (fick 1.125)', en: '«hours» may have at most two decimals (got 1.125)' });
  });
});
