import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { DialogueSeminarEvent } from './dialogue-seminar.events.js';

const meta = { by: 'ul-1', at: '2017-03-01T16:00:00+01:00' };
const attendance = [
  { personId: 'p1', professionalCategory: 'nurse' },
  { personId: 'p2', professionalCategory: 'physician' },
];

describe('DialogueSeminarEvent schema', () => {
  it('parses a seminar report', () => {
    const result = parseWith(DialogueSeminarEvent, {
      type: 'reportSeminar',
      attendance,
      hours: [{ personId: 'p1', professionalCategory: 'nurse', hours: 3 }],
      ...meta,
    });
    expect(result.ok).toBe(true);
  });

  it("rejects a person's hours adding up to more than 13", () => {
    const result = parseWith(DialogueSeminarEvent, {
      type: 'reportSeminar',
      attendance,
      hours: [
        { personId: 'p1', professionalCategory: 'nurse', hours: 8 },
        { personId: 'p1', professionalCategory: 'nurse', hours: 5.5 },
      ],
      ...meta,
    });
    expect(!result.ok && result.issues[0]).toMatchObject({
      pathText: 'hours',
      message: {
        sv: '«hours» en persons timmar får tillsammans vara högst 13 samma dag',
        en: "«hours» a person's hours may add up to at most 13 on one day",
      },
    });
  });

  it('rejects an empty attendance list and an event without sender', () => {
    const result = parseWith(DialogueSeminarEvent, { type: 'holdSeminar', attendance: [], at: meta.at });
    expect(!result.ok && result.issues.map((i) => i.pathText)).toEqual(['by', 'attendance']);
  });

  it('rejects an unknown event type', () => {
    const result = parseWith(DialogueSeminarEvent, { type: 'approveSeminar', ...meta });
    expect(!result.ok && result.issues[0]?.pathText).toBe('type');
  });

  it('rejects an empty needs summary and feedback to an unknown recipient', () => {
    const empty = parseWith(DialogueSeminarEvent, { type: 'summariseNeeds', text: '   ', ...meta });
    expect(!empty.ok && empty.issues[0]?.message.sv).toBe('«text» får inte vara tom');
    const to = parseWith(DialogueSeminarEvent, { type: 'reportFeedback', to: 'everyone', text: 'x', ...meta });
    expect(!to.ok && to.issues[0]?.pathText).toBe('to');
  });
});
