import { describe, expect, it } from 'vitest';
import { parseWith, type ValidationIssue } from '../shared/validation.js';
import { AmendEvent, MandateEvent, SubmitForReviewEvent } from './mandate.events.js';
import { dalarnaDraftInput, fyrbodalDraftInput } from './mandate.fixtures.js';
import {
  AmendableSection,
  Mandate,
  MandateClassification,
  MandateMachineInput,
  MandatePeriod,
  MandateSection,
  mandateClassificationLabels,
  mandateSectionLabels,
  reviewOutcomeLabels,
  ReviewOutcome,
  type MandateInput,
} from './mandate.schema.js';

function issueAt(result: { ok: boolean; issues?: ValidationIssue[] }, path: string): ValidationIssue | undefined {
  return result.issues?.find((i) => i.pathText === path);
}

function rejectAt(schema: Parameters<typeof parseWith>[0], input: unknown, path: string): ValidationIssue {
  const result = parseWith(schema, input);
  expect(result.ok).toBe(false);
  const issue = issueAt(result as { ok: boolean; issues?: ValidationIssue[] }, path);
  expect(issue, `expected an issue at ${path}, got ${JSON.stringify(result)}`).toBeDefined();
  expect(issue!.message.sv).toContain(`«${path}»`);
  expect(issue!.message.en).toContain(`«${path}»`);
  return issue!;
}

const fyrbodal = (patch: Partial<MandateInput>): MandateInput => ({ ...fyrbodalDraftInput, ...patch });

describe('Mandate', () => {
  it('accepts the Fyrbodal and Dalarna drafts and fills in the defaults', () => {
    const f = parseWith(Mandate, fyrbodalDraftInput);
    const d = parseWith(Mandate, dalarnaDraftInput);
    expect(f.ok && d.ok).toBe(true);
    if (!f.ok || !d.ok) return;
    expect(f.value.staffingPlan.entries[2]).toMatchObject({ personIds: [], min: 1, max: 2 });
    expect(f.value.meetings[0]?.minutesDueDays).toBe(14);
    expect(d.value.classification).toBe('internal');
    expect(d.value.roles).toEqual([]);
    expect(d.value.scope.subjectAreas).toEqual([]);
    expect(d.value.period.extension).toEqual({ maxCount: 1, timesExtended: 0 });
  });

  it('accepts the Fyrbodal version history as written, with its undated review row', () => {
    const result = parseWith(
      Mandate,
      fyrbodal({
        version: '0.2',
        versionHistory: [
          { date: '2019-02-08', version: '0.1', issuer: '[namn]', reason: 'Utkast framtaget' },
          { date: '2019-02-24', version: '0.1', issuer: 'Granskad av e-hälsonätverket' },
          { date: '2019-02-25', version: '0.2', issuer: '[namn], [namn]', reason: 'Input från nätverk' },
          { date: '2019-03-14', version: '0.2', issuer: 'Granskad av e-hälsonätverket' },
          { version: '0.2', issuer: 'Granskad av socialchefsnätverket' },
        ],
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('accepts a standing local mandate without an end that refines the county-wide one (Örebro)', () => {
    const result = parseWith(
      Mandate,
      fyrbodal({ id: 'orebro:lokal-1', parentMandateId: 'orebro:lansgemensamt', period: { start: '2015-01-01' } }),
    );
    expect(result.ok && result.value.parentMandateId).toBe('orebro:lansgemensamt');
  });

  it('rejects a period whose end precedes its start, naming period.end in both languages', () => {
    const issue = rejectAt(Mandate, fyrbodal({ period: { start: '2020-12-31', end: '2019-01-01' } }), 'period.end');
    expect(issue.message).toEqual({
      sv: '«period.end» slutdatum får inte ligga före startdatum',
      en: '«period.end» the end date must not be before the start date',
    });
  });

  it('rejects an extension that ends before the planned end', () => {
    const issue = rejectAt(
      Mandate,
      fyrbodal({ period: { start: '2019-01-01', end: '2020-12-31', extension: { timesExtended: 1, extendedTo: '2020-06-30' } } }),
      'period.extension.extendedTo',
    );
    expect(issue.message.en).toContain('must end after the planned end');
  });

  it('rejects an extension longer than the mandate allows', () => {
    const issue = rejectAt(
      MandatePeriod,
      { start: '2026-02-01', durationMonths: 18, extension: { maxMonths: 6, timesExtended: 1, extendedTo: '2028-07-31' } },
      'extension.extendedTo',
    );
    expect(issue.message.sv).toContain('längre än uppdraget tillåter');
  });

  it('rejects more extensions than allowed and an extension count without a new end', () => {
    rejectAt(
      MandatePeriod,
      { start: '2026-02-01', durationMonths: 18, extension: { maxCount: 1, timesExtended: 2, extendedTo: '2028-01-31' } },
      'extension.timesExtended',
    );
    rejectAt(MandatePeriod, { start: '2026-02-01', durationMonths: 18, extension: { timesExtended: 1 } }, 'extension.extendedTo');
    rejectAt(MandatePeriod, { start: '2015-01-01', extension: { timesExtended: 1, extendedTo: '2030-01-01' } }, 'extension.extendedTo');
  });

  it('rejects an approved (integer) version that is not classified as a public record', () => {
    const issue = rejectAt(
      Mandate,
      fyrbodal({
        version: '1.0',
        classification: 'internal',
        versionHistory: [{ date: '2019-04-01', version: '1.0', issuer: 'Socialchefsnätverket' }],
      }),
      'classification',
    );
    expect(issue.message).toEqual({
      sv: '«classification» en fastställd version (1.0 och senare) är en allmän handling',
      en: '«classification» an approved version (1.0 and later) is a public record',
    });
  });

  it('rejects a version history that goes backwards, or that ends on another version than the document', () => {
    rejectAt(
      Mandate,
      fyrbodal({
        version: '0.1',
        versionHistory: [
          { version: '0.2', issuer: 'a' },
          { version: '0.1', issuer: 'b' },
        ],
      }),
      'versionHistory[1].version',
    );
    const issue = rejectAt(Mandate, fyrbodal({ version: '0.3' }), 'version');
    expect(issue.message.en).toContain('latest one in the version history');
  });

  it('rejects a staffing-plan row for a role the mandate does not describe', () => {
    const issue = rejectAt(
      Mandate,
      fyrbodal({ staffingPlan: { entries: [{ roleId: 'fyrbodal:okand', personIds: [] }] } }),
      'staffingPlan.entries[0].roleId',
    );
    expect(issue.message.sv).toContain('finns inte bland uppdragets roller');
  });

  it('rejects the same role or meeting series listed twice', () => {
    const roles = fyrbodalDraftInput.roles ?? [];
    rejectAt(Mandate, fyrbodal({ roles: [...roles, roles[0]!] }), `roles[${roles.length}].id`);
    const meetings = fyrbodalDraftInput.meetings ?? [];
    rejectAt(Mandate, fyrbodal({ meetings: [...meetings, meetings[0]!] }), 'meetings[1].id');
  });

  it('rejects a mandate that refines itself, empty tasks, an unknown deliverable kind and a bad version', () => {
    rejectAt(Mandate, fyrbodal({ parentMandateId: fyrbodalDraftInput.id }), 'parentMandateId');
    rejectAt(Mandate, fyrbodal({ tasks: [] }), 'tasks');
    rejectAt(Mandate, fyrbodal({ tasks: [{ area: 'Operativt ansvar', items: [] }] }), 'tasks[0].items');
    rejectAt(Mandate, fyrbodal({ deliverables: [{ kind: 'poem' as never, description: 'x' }] }), 'deliverables[0].kind');
    rejectAt(Mandate, fyrbodal({ version: 'v1' }), 'version');
    rejectAt(Mandate, fyrbodal({ commissioner: { id: 'has space', name: 'X' } }), 'commissioner.id');
  });

  it('says which required section is missing', () => {
    const { background: _background, ...rest } = fyrbodalDraftInput;
    const issue = rejectAt(Mandate, rest, 'background');
    expect(issue.message).toEqual({ sv: '«background» saknas men är obligatoriskt', en: '«background» is missing but required' });
  });

  it('wraps the draft as machine input and names the nested path', () => {
    expect(parseWith(MandateMachineInput, { mandate: dalarnaDraftInput }).ok).toBe(true);
    rejectAt(MandateMachineInput, { mandate: { ...dalarnaDraftInput, purpose: '' } }, 'mandate.purpose');
  });
});

describe('labels', () => {
  it('names every section, classification and review outcome in Swedish and English', () => {
    for (const labels of [
      [MandateSection.options, mandateSectionLabels],
      [MandateClassification.options, mandateClassificationLabels],
      [ReviewOutcome.options, reviewOutcomeLabels],
    ] as const) {
      const [keys, map] = labels;
      expect(Object.keys(map).sort()).toEqual([...keys].sort());
      for (const text of Object.values(map)) {
        expect(text.sv.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
    expect(mandateSectionLabels.staffingPlan.sv).toBe('Bemanningsplan');
    expect(mandateClassificationLabels.public.sv).toBe('Allmän handling');
  });
});

describe('events', () => {
  const meta = { by: 'fyrbodal:p-leader', at: '2019-02-24T10:00:00+01:00' };

  it('has an amend variant for exactly the amendable sections', () => {
    const sections = AmendEvent.options.map((o) => o.shape.section.value).sort();
    expect(sections).toEqual([...AmendableSection.options].sort());
    expect(AmendableSection.options).not.toContain('version');
    expect(AmendableSection.options).not.toContain('versionHistory');
    expect(AmendableSection.options).not.toContain('classification');
  });

  it('parses an amendment and checks the new content against the section', () => {
    const ok = parseWith(MandateEvent, { ...meta, type: 'amend', section: 'purpose', change: 'Nytt syfte.' });
    expect(ok.ok && ok.value.type).toBe('amend');
    rejectAt(
      MandateEvent,
      { ...meta, type: 'amend', section: 'period', change: { start: '2020-01-01', end: '2019-01-01' } },
      'change.end',
    );
    rejectAt(MandateEvent, { ...meta, type: 'amend', section: 'version', change: '9.0' }, 'section');
  });

  it('requires who and when on every event', () => {
    rejectAt(MandateEvent, { type: 'approve', asCommissioner: 'x', at: meta.at }, 'by');
    rejectAt(MandateEvent, { type: 'end', asCommissioner: 'x', reason: 'Nedlagt', by: 'p', at: '2019-02-24' }, 'at');
  });

  it('refuses a review round that names the same body twice, or none', () => {
    const body = { id: 'natverket', name: 'e-hälsonätverket' };
    const issue = rejectAt(SubmitForReviewEvent, { ...meta, type: 'submitForReview', reviewers: [body, body] }, 'reviewers');
    expect(issue.message.sv).toContain('samma granskare');
    rejectAt(SubmitForReviewEvent, { ...meta, type: 'submitForReview', reviewers: [] }, 'reviewers');
  });

  it('refuses an unknown review outcome and an extension to a non-date', () => {
    rejectAt(MandateEvent, { ...meta, type: 'review', body: 'natverket', outcome: 'maybe' }, 'outcome');
    rejectAt(MandateEvent, { ...meta, type: 'extend', asCommissioner: 'x', to: 'next year', reason: 'Behov' }, 'to');
  });
});
