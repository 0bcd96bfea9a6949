import { describe, expect, it } from 'vitest';
import { probe } from './command-availability.js';
import { DECEMBER, fyrbodalRuntime, HELENA, TODAY } from './testing/fyrbodal.js';

describe('probe', () => {
  it('names the fields of a refusal about the input in words, never by their path', async () => {
    const runtime = await fyrbodalRuntime();
    const answer = probe({ runtime, actor: { personId: HELENA }, locale: 'sv', now: TODAY }, 'cancelMeeting', { meetingId: DECEMBER, reason: '' });
    expect(answer.allowed).toBe(false);
    expect(answer.code).toBe('VALIDATION');
    expect(answer.reasonText).toBe('Rätta uppgifterna. Skäl till att mötet ställs in: får inte vara tom.');
    expect(answer.reason?.en).toBe('Please correct the details. Reason for cancelling: must not be empty.');
  });

  it('keeps core’s own words for a refusal that is not about the input', async () => {
    const runtime = await fyrbodalRuntime();
    const answer = probe({ runtime, actor: { personId: HELENA }, locale: 'en', now: TODAY }, 'sendInvitations', { meetingId: DECEMBER });
    expect(answer.code).toBe('NOT_ALLOWED_NOW');
    expect(answer.reasonText).toBe('“Send the invitations” is not possible now: the meeting is in the state “Collecting agenda items”. It is possible in the state “Agenda published”.');
  });
});
