import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { LearningSeminar } from './learning-seminar.schema.js';
import { NetworkMeeting } from './network-meeting.schema.js';

describe('NetworkMeeting schema', () => {
  it('parses a meeting of development leaders before a theme', () => {
    const result = parseWith(NetworkMeeting, {
      id: 'nt-1',
      themeId: 'tema-2',
      groupId: 'ul-natverk',
      heldAt: '2017-01-20T09:00:00+01:00',
      attendeeIds: ['ul-1', 'ul-2'],
    });
    expect(result.ok && result.value.attendeeIds).toEqual(['ul-1', 'ul-2']);
  });

  it('rejects a meeting without a group and with a date but no time', () => {
    const result = parseWith(NetworkMeeting, { id: 'nt-1', heldAt: '2017-01-20' });
    expect(!result.ok && result.issues.map((i) => i.pathText)).toEqual(['groupId', 'heldAt']);
    expect(!result.ok && result.issues[1]?.message.en).toMatch(/^«heldAt» has the wrong format/);
  });
});

describe('LearningSeminar schema', () => {
  it('parses a learning seminar and defaults the attendees', () => {
    const result = parseWith(LearningSeminar, { id: 'ls-1', title: 'Lärandeseminarium 1', heldAt: '2016-11-15T13:00:00+01:00' });
    expect(result.ok && result.value.attendeeIds).toEqual([]);
  });

  it('rejects an empty title and a bad id', () => {
    const result = parseWith(LearningSeminar, { id: 'ls 1', title: ' ', heldAt: '2016-11-15T13:00:00+01:00' });
    expect(!result.ok && result.issues.map((i) => i.pathText)).toEqual(['id', 'title']);
    expect(!result.ok && result.issues[1]?.message.sv).toBe('«title» får inte vara tom');
  });
});
