import { describe, expect, it } from 'vitest';
import { fyrbodal } from '../samples/fyrbodal.js';
import { sampleAdministrators } from '../samples/load-sample.js';
import { commandDoneLabels, commandLabels, fieldLabel, issueInWords, refusalInWords, type CommandType } from './command-labels.js';
import { commandTypes } from './commands/index.js';
import { createSamverkan, type Samverkan } from './create-samverkan.js';
import type { CommandError } from './errors.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';

const leader = 'fyrbodal:person-001';
const meetingId = 'fyrbodal:mote-2019-01-24';
const at = '2019-01-02T09:00:00+01:00';

async function runtime(): Promise<Samverkan> {
  const sv = await createSamverkan({ identity: trustedRecords(), store: createMemoryStore() });
  await sv.load(fyrbodal, { by: sampleAdministrators.fyrbodal, at: '2019-01-01T08:00:00+01:00' });
  return sv;
}

/** A path as a developer writes it (`records[8].substituteFor`, `«reason»`), which a person must never read. */
const internalPath = /«[a-z]+[A-Z]?\w*»|\w\[\d+\]|\.\w+[A-Z]\w*/;

async function refusal(command: Record<string, unknown>): Promise<CommandError> {
  const answer = (await runtime()).canUntrusted({ id: 'labels', by: leader, at, ...command });
  if (answer.ok) throw new Error('expected a refusal');
  return answer;
}

describe('a refusal in words', () => {
  it('names a substitute’s missing «Ersätter» by its row, not by records[8].substituteFor', async () => {
    const records = Array.from({ length: 9 }, (_, i) => ({ personId: `fyrbodal:person-0${10 + i}`, organisationId: 'fyrbodal:amal', status: 'present', mode: 'onSite' }));
    records[8] = { ...records[8]!, status: 'substitute' };
    const answer = await refusal({ type: 'recordAttendance', meetingId, records });
    expect(answer.code).toBe('VALIDATION');
    const issue = answer.details.issues!.find((i) => i.pathText === 'records[8].substituteFor');
    expect(issue, JSON.stringify(answer.details.issues)).toBeDefined();
    const words = issueInWords('recordAttendance', issue!);
    expect(words.key).toBe('records.8.substituteFor');
    expect(words.field).toEqual({ sv: 'Ersätter (rad 9)', en: 'Replaces (row 9)' });
    expect(words.message.sv).toMatch(/^Ersätter \(rad 9\): \S/);
    expect(words.message.sv).not.toMatch(internalPath);
    expect(words.message.en).not.toMatch(internalPath);
  });

  it('names an empty reason for cancelling by what the form calls it', async () => {
    const answer = await refusal({ type: 'cancelMeeting', meetingId, reason: '' });
    expect(answer.message.sv).toContain('«reason»');
    const text = refusalInWords('cancelMeeting', answer);
    expect(text.sv).toBe('Rätta uppgifterna. Skäl till att mötet ställs in: får inte vara tom.');
    expect(text.en).toBe('Please correct the details. Reason for cancelling: must not be empty.');
  });

  it('names the hours of a seminar report and a late agenda’s reason in words', () => {
    expect(fieldLabel('reportSeminar', ['hours'])).toEqual({ sv: 'Timmar per deltagare', en: 'Hours per participant' });
    expect(fieldLabel('reportSeminar', ['hours', 2, 'hours'])).toEqual({ sv: 'Timmar (rad 3)', en: 'Hours (row 3)' });
    expect(fieldLabel('publishAgenda', ['lateReason'])).toEqual({ sv: 'Skäl till sen publicering', en: 'Reason for publishing late' });
    expect(fieldLabel('proposeAgendaItem', ['item', 'title'])).toEqual({ sv: 'Rubrik', en: 'Title' });
  });

  it('never shows a path it has no name for', () => {
    expect(fieldLabel('openCall', ['somethingInternal', 3, 'deeperStill'])).toEqual({ sv: 'Uppgifterna', en: 'The details' });
    const words = issueInWords('openCall', { path: ['x', 0], pathText: 'x[0]', message: { sv: '«x[0]» är inte ett känt fält', en: '«x[0]» is not a known field' } });
    expect(words.message.sv).toBe('Uppgifterna: är inte ett känt fält');
  });

  it('leaves a refusal that is not about the input as core wrote it', async () => {
    const answer = await refusal({ type: 'sendInvitations', meetingId });
    expect(answer.code).toBe('NOT_ALLOWED_NOW');
    expect(refusalInWords('sendInvitations', answer)).toEqual(answer.message);
  });

  it('quotes with English quotes in English, whoever wrote the refusal', async () => {
    const answer = await refusal({ type: 'publishAgenda', meetingId, by: 'fyrbodal:person-003' });
    expect(answer.code).toBe('NOT_AUTHORISED');
    const words = refusalInWords('publishAgenda', answer);
    expect(words.sv).toBe(answer.message.sv);
    expect(words.sv).toContain('«');
    expect(words.en).not.toContain('«');
    expect(words.en).toMatch(/“[^”]+”/);
  });
});

describe('what a person reads when a command is recorded', () => {
  it('has a sentence in both languages for every command a person can send', () => {
    const types = commandTypes.filter((t): t is CommandType => t in commandLabels);
    expect(types.length).toBeGreaterThan(50);
    for (const type of types) {
      expect(commandDoneLabels[type].sv, type).toMatch(/^[A-ZÅÄÖ].*\.$/);
      expect(commandDoneLabels[type].en, type).toMatch(/^[A-Z].*\.$/);
    }
  });
});
