import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { graphCoverage } from '../testing/graph-coverage.js';
import { parseWith } from '../shared/validation.js';
import type { MandateEvent } from './mandate.events.js';
import { dalarnaDraft, dalarnaDraftInput, fyrbodalDraft } from './mandate.fixtures.js';
import { mandateMachine, mandateStateLabels, type MandateStateName } from './mandate.machine.js';
import { recordFingerprint } from '../shared/fingerprint.js';
import { isIntegerVersion } from './mandate.rules.js';
import { Mandate, MandateMachineInput, type MandateInput } from './mandate.schema.js';

const LEADER = 'fyrbodal:p-leader';
const CHAIR = 'fyrbodal:p-commissioner';
const COMMISSIONER = fyrbodalDraft.commissioner.id;
const NETWORK = { id: 'fyrbodal:e-halsonatverket', name: 'e-hälsonätverket' };
const CHIEFS = { id: COMMISSIONER, name: 'socialchefsnätverket' };

const at = (date: string) => `${date}T10:00:00+01:00`;

const submit = (date: string, reviewers = [NETWORK, CHIEFS]): MandateEvent => ({
  type: 'submitForReview',
  reviewers,
  by: LEADER,
  at: at(date),
});
const review = (body: string, outcome: 'endorsed' | 'changesRequested', date: string, comment?: string): MandateEvent => ({
  type: 'review',
  body,
  outcome,
  ...(comment ? { comment } : {}),
  by: LEADER,
  at: at(date),
});
const approve = (date: string, asCommissioner = COMMISSIONER): MandateEvent => ({
  type: 'approve',
  asCommissioner,
  by: CHAIR,
  at: at(date),
});
const amendPurpose = (text: string, date: string): MandateEvent => ({
  type: 'amend',
  section: 'purpose',
  change: text,
  reason: 'Tydligare syfte',
  by: LEADER,
  at: at(date),
});
const withoutBengtsfors = {
  entries: fyrbodalDraft.staffingPlan.entries.filter((e) => e.organisationId !== 'fyrbodal:bengtsfors'),
};
const amendStaffing = (date: string, plan = withoutBengtsfors): MandateEvent => ({
  type: 'amend',
  section: 'staffingPlan',
  change: plan,
  by: LEADER,
  at: at(date),
});
const decide = (
  type: 'approveAmendment' | 'rejectAmendment',
  date: string,
  asCommissioner = COMMISSIONER,
): MandateEvent =>
  type === 'approveAmendment'
    ? { type, asCommissioner, by: CHAIR, at: at(date) }
    : { type, asCommissioner, reason: 'Inte nu', by: CHAIR, at: at(date) };
const end = (date: string, asCommissioner = COMMISSIONER): MandateEvent => ({
  type: 'end',
  asCommissioner,
  reason: 'Nätverket läggs ned',
  by: CHAIR,
  at: at(date),
});

function start(mandate: Mandate = fyrbodalDraft) {
  return createActor(mandateMachine, { input: { mandate } }).start();
}

/** Review by both bodies and approval on 2019-03-20: version 1.0, active. */
function activeFyrbodal() {
  const actor = start();
  actor.send(submit('2019-03-01'));
  actor.send(review(NETWORK.id, 'endorsed', '2019-03-14'));
  actor.send(review(CHIEFS.id, 'endorsed', '2019-03-15'));
  actor.send(approve('2019-03-20'));
  return actor;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('draft', () => {
  it('starts in draft with the document as given and nothing recorded yet', () => {
    const parsed = parseWith(MandateMachineInput, { mandate: dalarnaDraftInput });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const snapshot = createActor(mandateMachine, { input: parsed.value }).start().getSnapshot();
    expect(snapshot.value).toBe('draft');
    expect(snapshot.context.mandate).toEqual(dalarnaDraft);
    expect(snapshot.context.approvedVersions).toEqual([]);
    expect(snapshot.context.reviewRound).toBeNull();
    expect(snapshot.context.endedEarly).toBeNull();
  });

  it('applies any change to the working copy without a new version', () => {
    const actor = start();
    actor.send(amendPurpose('Nytt syfte.', '2019-02-10'));
    const { mandate } = actor.getSnapshot().context;
    expect(mandate.purpose).toBe('Nytt syfte.');
    expect(mandate.version).toBe('0.1');
    expect(mandate.versionHistory).toHaveLength(1);
  });

  it('refuses a change that would break the document (a staffing row for a role taken away)', () => {
    const actor = start();
    const event: MandateEvent = {
      type: 'amend',
      section: 'roles',
      change: fyrbodalDraft.roles.filter((r) => r.kind !== 'representative'),
      by: LEADER,
      at: at('2019-02-10'),
    };
    expect(actor.getSnapshot().can(event)).toBe(false);
    actor.send(event);
    expect(actor.getSnapshot().context.mandate.roles).toHaveLength(3);
  });

  it('goes to review with a round naming the bodies and the version under review', () => {
    const actor = start();
    actor.send(submit('2019-02-20'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toEqual({ inReview: 'collecting' });
    expect(snapshot.context.reviewRound).toMatchObject({ number: 1, version: '0.1', reviewers: [NETWORK, CHIEFS], reviews: [] });
  });

  it('can be ended by the commissioner before it is ever approved, and by no one else', () => {
    const actor = start();
    expect(actor.getSnapshot().can(end('2019-02-10', 'fyrbodal:e-halsonatverket'))).toBe(false);
    actor.send(end('2019-02-10'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('closed');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.endedEarly).toMatchObject({ from: 'draft', reason: 'Nätverket läggs ned', asCommissioner: COMMISSIONER });
  });
});

describe('review', () => {
  it('records each named body\'s review as a "Granskad av" row and waits for the others', () => {
    const actor = start();
    actor.send(submit('2019-02-20'));
    actor.send(review(NETWORK.id, 'endorsed', '2019-02-24'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toEqual({ inReview: 'collecting' });
    expect(snapshot.context.mandate.versionHistory.at(-1)).toEqual({
      date: '2019-02-24',
      version: '0.1',
      issuer: 'Granskad av e-hälsonätverket',
    });
  });

  it('refuses a review from a body not named in the round, and a second review by the same body', () => {
    const actor = start();
    actor.send(submit('2019-02-20'));
    expect(actor.getSnapshot().can(review('fyrbodal:e-radet', 'endorsed', '2019-02-24'))).toBe(false);
    actor.send(review(NETWORK.id, 'endorsed', '2019-02-24'));
    expect(actor.getSnapshot().can(review(NETWORK.id, 'changesRequested', '2019-02-25'))).toBe(false);
  });

  it('keeps the document frozen while it is under review', () => {
    const actor = start();
    actor.send(submit('2019-02-20'));
    expect(actor.getSnapshot().can(amendPurpose('Annat.', '2019-02-21'))).toBe(false);
    expect(actor.getSnapshot().can(amendStaffing('2019-02-21'))).toBe(false);
  });

  it('goes back to draft as the next minor version once every body has reviewed and one asked for changes', () => {
    const actor = start();
    actor.send(submit('2019-02-20'));
    actor.send(review(NETWORK.id, 'changesRequested', '2019-02-24', 'Lägg till välfärdsteknik.'));
    expect(actor.getSnapshot().value).toEqual({ inReview: 'collecting' });
    actor.send(review(CHIEFS.id, 'endorsed', '2019-02-25'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('draft');
    expect(snapshot.context.mandate.version).toBe('0.2');
    expect(snapshot.context.mandate.versionHistory.slice(1)).toEqual([
      { date: '2019-02-24', version: '0.1', issuer: 'Granskad av e-hälsonätverket', reason: 'Lägg till välfärdsteknik.' },
      { date: '2019-02-25', version: '0.1', issuer: 'Granskad av socialchefsnätverket' },
      { date: '2019-02-25', version: '0.2', issuer: 'e-hälsonätverket', reason: 'Input från granskning: Lägg till välfärdsteknik.' },
    ]);
    expect(snapshot.context.reviewRound).toBeNull();
    expect(snapshot.context.completedReviewRounds).toHaveLength(1);
    expect(snapshot.context.approvedVersions).toEqual([]);
  });

  it('numbers the next round and reviews the new version', () => {
    const actor = start();
    actor.send(submit('2019-02-20', [NETWORK]));
    actor.send(review(NETWORK.id, 'changesRequested', '2019-02-24'));
    actor.send(submit('2019-03-01'));
    expect(actor.getSnapshot().context.reviewRound).toMatchObject({ number: 2, version: '0.2' });
  });

  it('is endorsed when every named body endorsed, and only then can be approved', () => {
    const actor = start();
    actor.send(submit('2019-03-01'));
    actor.send(review(NETWORK.id, 'endorsed', '2019-03-14'));
    expect(actor.getSnapshot().can(approve('2019-03-15'))).toBe(false);
    actor.send(review(CHIEFS.id, 'endorsed', '2019-03-15'));
    expect(actor.getSnapshot().value).toEqual({ inReview: 'endorsed' });
    expect(actor.getSnapshot().can(approve('2019-03-20'))).toBe(true);
  });

  it('can be ended early by the commissioner during review', () => {
    const actor = start();
    actor.send(submit('2019-03-01'));
    actor.send(end('2019-03-02'));
    expect(actor.getSnapshot().context.endedEarly?.from).toBe('inReview');
    expect(actor.getSnapshot().value).toBe('closed');
  });
});

describe('approve', () => {
  it('is refused when the approving body is not the commissioner', () => {
    const actor = start();
    actor.send(submit('2019-03-01', [NETWORK]));
    actor.send(review(NETWORK.id, 'endorsed', '2019-03-14'));
    const wrong = approve('2019-03-20', NETWORK.id);
    expect(actor.getSnapshot().can(wrong)).toBe(false);
    actor.send(wrong);
    expect(actor.getSnapshot().value).toEqual({ inReview: 'endorsed' });
  });

  it('makes version 1.0 a public record, records the history row and freezes the approved content', () => {
    const snapshot = activeFyrbodal().getSnapshot();
    const { mandate, approvedVersions } = snapshot.context;
    expect(snapshot.value).toEqual({ active: 'stable' });
    expect(mandate.version).toBe('1.0');
    expect(mandate.date).toBe('2019-03-20');
    expect(mandate.classification).toBe('public');
    expect(mandate.versionHistory.at(-1)).toEqual({
      date: '2019-03-20',
      version: '1.0',
      issuer: 'Socialchefsnätverket, Fyrbodals kommunalförbund',
      reason: 'Fastställd av uppdragsgivaren',
    });
    expect(approvedVersions).toHaveLength(1);
    const [first] = approvedVersions;
    expect(first).toMatchObject({ version: '1.0', approvedBy: COMMISSIONER, recordedBy: CHAIR, approvedAt: at('2019-03-20') });
    expect(first!.content).toEqual(mandate);
    expect(first!.hash).toBe(recordFingerprint(mandate));
    expect(Object.isFrozen(first!.content.tasks[0]!.items)).toBe(true);
    expect(parseWith(Mandate, mandate).ok).toBe(true);
  });

  it('reproduces the Fyrbodal history: 0.1 reviewed, 0.2 with input from the network, reviewed twice, then 1.0', () => {
    const actor = start();
    actor.send(submit('2019-02-20', [NETWORK]));
    actor.send(review(NETWORK.id, 'changesRequested', '2019-02-24'));
    actor.send(submit('2019-03-01'));
    actor.send(review(NETWORK.id, 'endorsed', '2019-03-14'));
    actor.send(review(CHIEFS.id, 'endorsed', '2019-03-18'));
    actor.send(approve('2019-03-20'));
    const rows = actor.getSnapshot().context.mandate.versionHistory.map((r) => [r.version, r.issuer]);
    expect(rows).toEqual([
      ['0.1', 'fyrbodal:p-leader'],
      ['0.1', 'Granskad av e-hälsonätverket'],
      ['0.2', 'e-hälsonätverket'],
      ['0.2', 'Granskad av e-hälsonätverket'],
      ['0.2', 'Granskad av socialchefsnätverket'],
      ['1.0', 'Socialchefsnätverket, Fyrbodals kommunalförbund'],
    ]);
  });

  it('warns, without refusing, when the mandate is approved after its period began', () => {
    const late = activeFyrbodal().getSnapshot().context.warnings;
    expect(late).toEqual([
      {
        code: 'approvedAfterStart',
        message: {
          sv: 'Uppdraget fastställdes 20 mars 2019, efter att tidplanen började 1 januari 2019',
          en: 'The mandate was approved on 20 March 2019, after its period began on 1 January 2019',
        },
        at: at('2019-03-20'),
      },
    ]);
    const dalarna = start(dalarnaDraft);
    dalarna.send(submit('2026-01-10', [{ id: 'dalarna:styrgrupp', name: 'Styrgruppen' }]));
    dalarna.send(review('dalarna:styrgrupp', 'endorsed', '2026-01-15'));
    dalarna.send(approve('2026-01-20', dalarnaDraft.commissioner.id));
    expect(dalarna.getSnapshot().context.warnings).toEqual([]);
  });
});

describe('active: changes', () => {
  it('applies a staffing-plan change at once as a minor version with a history row', () => {
    const actor = activeFyrbodal();
    actor.send(amendStaffing('2019-05-01'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toEqual({ active: 'stable' });
    expect(snapshot.context.mandate.version).toBe('1.1');
    expect(snapshot.context.mandate.staffingPlan).toEqual(withoutBengtsfors);
    expect(snapshot.context.mandate.versionHistory.at(-1)).toEqual({
      date: '2019-05-01',
      version: '1.1',
      issuer: LEADER,
      reason: 'Ändrad bemanningsplan',
    });
    expect(snapshot.context.approvedVersions).toHaveLength(1);
    expect(snapshot.context.approvedVersions[0]!.content.staffingPlan).toEqual(fyrbodalDraft.staffingPlan);
  });

  it('applies a meeting-rule change at once as a minor version', () => {
    const actor = activeFyrbodal();
    const series = { ...fyrbodalDraft.meetings[0]!, agendaLeadTimeDays: 21 };
    actor.send({ type: 'amend', section: 'meetings', change: [series], reason: 'Längre framförhållning', by: LEADER, at: at('2019-06-01') });
    const { mandate } = actor.getSnapshot().context;
    expect(mandate.meetings[0]?.agendaLeadTimeDays).toBe(21);
    expect(mandate.version).toBe('1.1');
    expect(mandate.versionHistory.at(-1)?.reason).toBe('Längre framförhållning');
  });

  it('holds any other change for the commissioner without touching the document', () => {
    const actor = activeFyrbodal();
    const before = actor.getSnapshot().context.mandate;
    actor.send(amendPurpose('Nytt syfte.', '2019-05-01'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toEqual({ active: 'amendmentPending' });
    expect(snapshot.context.mandate).toBe(before);
    expect(snapshot.context.pendingAmendment).toMatchObject({
      change: { section: 'purpose', change: 'Nytt syfte.' },
      reason: 'Tydligare syfte',
      proposedBy: LEADER,
      baseVersion: '1.0',
    });
  });

  it('takes one pending change at a time, still applies staffing changes, and cannot conclude meanwhile', () => {
    const actor = activeFyrbodal();
    actor.send(amendPurpose('Nytt syfte.', '2019-05-01'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.can(amendPurpose('Ett tredje syfte.', '2019-05-02'))).toBe(false);
    expect(snapshot.can({ type: 'conclude', by: LEADER, at: at('2019-05-02') })).toBe(false);
    actor.send(amendStaffing('2019-05-02'));
    expect(actor.getSnapshot().value).toEqual({ active: 'amendmentPending' });
    expect(actor.getSnapshot().context.mandate.version).toBe('1.1');
  });

  it('makes the next integer version when the commissioner approves the amendment, keeping 1.0 as it was', () => {
    const actor = activeFyrbodal();
    const approvedOne = structuredClone(actor.getSnapshot().context.approvedVersions[0]);
    actor.send(amendPurpose('Nytt syfte.', '2019-05-01'));
    actor.send(amendStaffing('2019-05-02'));
    expect(actor.getSnapshot().can(decide('approveAmendment', '2019-05-10', NETWORK.id))).toBe(false);
    actor.send(decide('approveAmendment', '2019-05-10'));
    const { value, context } = actor.getSnapshot();
    expect(value).toEqual({ active: 'stable' });
    expect(context.mandate.purpose).toBe('Nytt syfte.');
    expect(context.mandate.version).toBe('2.0');
    expect(context.mandate.versionHistory.at(-1)).toMatchObject({ version: '2.0', reason: 'Tydligare syfte' });
    expect(context.approvedVersions.map((v) => v.version)).toEqual(['1.0', '2.0']);
    expect(context.approvedVersions[0]).toEqual(approvedOne);
    expect(context.pendingAmendment).toBeNull();
    expect(context.decidedAmendments).toMatchObject([{ decision: 'approved', resultingVersion: '2.0', decidedBy: COMMISSIONER }]);
  });

  it('refuses to approve a pending change that no longer fits the document, but lets it be rejected', () => {
    const actor = activeFyrbodal();
    const noReps = { entries: fyrbodalDraft.staffingPlan.entries.filter((e) => e.roleId !== 'fyrbodal:kommunrepresentant') };
    actor.send(amendStaffing('2019-05-01', noReps));
    actor.send({
      type: 'amend',
      section: 'roles',
      change: fyrbodalDraft.roles.filter((r) => r.kind !== 'representative'),
      by: LEADER,
      at: at('2019-05-02'),
    });
    expect(actor.getSnapshot().value).toEqual({ active: 'amendmentPending' });
    actor.send(amendStaffing('2019-05-03'));
    expect(actor.getSnapshot().can(decide('approveAmendment', '2019-05-10'))).toBe(false);
    actor.send(decide('rejectAmendment', '2019-05-10'));
    expect(actor.getSnapshot().value).toEqual({ active: 'stable' });
    expect(actor.getSnapshot().context.mandate.roles).toHaveLength(3);
  });

  it('leaves the document as it is when the commissioner rejects the amendment', () => {
    const actor = activeFyrbodal();
    actor.send(amendPurpose('Nytt syfte.', '2019-05-01'));
    const before = actor.getSnapshot().context.mandate;
    expect(actor.getSnapshot().can(decide('rejectAmendment', '2019-05-10', NETWORK.id))).toBe(false);
    actor.send(decide('rejectAmendment', '2019-05-10'));
    const { value, context } = actor.getSnapshot();
    expect(value).toEqual({ active: 'stable' });
    expect(context.mandate).toBe(before);
    expect(context.decidedAmendments).toMatchObject([{ decision: 'rejected', decisionReason: 'Inte nu' }]);
  });
});

describe('active: extension', () => {
  const STYRGRUPP = { id: 'dalarna:styrgrupp', name: 'Styrgruppen' };
  const VALFARDSRADET = dalarnaDraft.commissioner.id;
  const extend = (to: string, date: string, asCommissioner = VALFARDSRADET): MandateEvent => ({
    type: 'extend',
    asCommissioner,
    to,
    reason: 'Fler parter behöver förankra',
    by: 'dalarna:p-chair',
    at: at(date),
  });

  function activeDalarna(mandate: Mandate = dalarnaDraft) {
    const actor = start(mandate);
    actor.send(submit('2026-01-10', [STYRGRUPP]));
    actor.send(review(STYRGRUPP.id, 'endorsed', '2026-01-15'));
    actor.send(approve('2026-01-20', mandate.commissioner.id));
    return actor;
  }

  it('extends the 18 months once, by the commissioner, as a minor version', () => {
    const actor = activeDalarna();
    expect(actor.getSnapshot().can(extend('2028-01-31', '2027-06-01', 'dalarna:styrgrupp'))).toBe(false);
    actor.send(extend('2028-01-31', '2027-06-01'));
    const { context } = actor.getSnapshot();
    expect(context.mandate.period.extension).toEqual({ maxCount: 1, timesExtended: 1, extendedTo: '2028-01-31' });
    expect(context.mandate.version).toBe('1.1');
    expect(context.mandate.versionHistory.at(-1)).toMatchObject({
      version: '1.1',
      issuer: 'Välfärdsrådet',
      reason: 'Förlängt till 2028-01-31: Fler parter behöver förankra',
    });
    expect(context.extensions).toEqual([
      { from: '2027-07-31', to: '2028-01-31', reason: 'Fler parter behöver förankra', by: 'dalarna:p-chair', at: at('2027-06-01') },
    ]);
    expect(context.warnings).toEqual([]);
    expect(actor.getSnapshot().can(extend('2028-06-30', '2027-12-01'))).toBe(false);
  });

  it('refuses an extension that does not move the end later', () => {
    expect(activeDalarna().getSnapshot().can(extend('2027-07-31', '2027-06-01'))).toBe(false);
  });

  it('refuses an extension when the mandate has no extension clause (Fyrbodal)', () => {
    expect(activeFyrbodal().getSnapshot().can(extend('2021-06-30', '2020-10-01', COMMISSIONER))).toBe(false);
  });

  it('allows as many extensions as the mandate says, within its maximum', () => {
    const input: MandateInput = { ...dalarnaDraftInput, period: { start: '2026-02-01', durationMonths: 18, extension: { maxCount: 2, maxMonths: 12 } } };
    const actor = activeDalarna(Mandate.parse(input));
    actor.send(extend('2028-01-31', '2027-06-01'));
    expect(actor.getSnapshot().can(extend('2028-08-01', '2027-12-01'))).toBe(false);
    actor.send(extend('2028-07-31', '2027-12-01'));
    expect(actor.getSnapshot().context.mandate.period.extension?.timesExtended).toBe(2);
    expect(actor.getSnapshot().context.mandate.version).toBe('1.2');
  });

  it('warns when the extension is decided after the mandate ran out', () => {
    const actor = activeDalarna();
    actor.send(extend('2028-01-31', '2027-08-15'));
    expect(actor.getSnapshot().context.warnings.map((w) => w.code)).toEqual(['extendedAfterEnd']);
  });
});

describe('conclude, close and end', () => {
  const conclude: MandateEvent = { type: 'conclude', finalReportId: 'fyrbodal:utvarderingsrapport', summary: 'Se rapporten.', by: LEADER, at: at('2020-12-01') };
  const close = (asCommissioner = COMMISSIONER): MandateEvent => ({ type: 'close', asCommissioner, by: CHAIR, at: at('2020-12-20') });

  it('moves to concluding when the final report is submitted, and closes when the commissioner says so', () => {
    const actor = activeFyrbodal();
    actor.send(conclude);
    expect(actor.getSnapshot().value).toBe('concluding');
    expect(actor.getSnapshot().context.finalReport).toEqual({
      finalReportId: 'fyrbodal:utvarderingsrapport',
      summary: 'Se rapporten.',
      by: LEADER,
      at: at('2020-12-01'),
    });
    expect(actor.getSnapshot().can(close(NETWORK.id))).toBe(false);
    expect(actor.getSnapshot().can(amendStaffing('2020-12-02'))).toBe(false);
    actor.send(close());
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('closed');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.closure).toEqual({ asCommissioner: COMMISSIONER, by: CHAIR, at: at('2020-12-20') });
    expect(snapshot.context.endedEarly).toBeNull();
  });

  it('records an early end from active and from concluding', () => {
    const fromActive = activeFyrbodal();
    expect(fromActive.getSnapshot().can(end('2019-09-01', NETWORK.id))).toBe(false);
    fromActive.send(end('2019-09-01'));
    expect(fromActive.getSnapshot().context.endedEarly).toMatchObject({ from: 'active', at: at('2019-09-01') });

    const fromConcluding = activeFyrbodal();
    fromConcluding.send(conclude);
    fromConcluding.send(end('2020-12-05'));
    expect(fromConcluding.getSnapshot().context.endedEarly?.from).toBe('concluding');
  });

  it('accepts nothing once closed', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const actor = activeFyrbodal();
    actor.send(end('2019-09-01'));
    const closed = actor.getSnapshot();
    const attempts: MandateEvent[] = [end('2019-09-02'), amendStaffing('2019-09-02'), amendPurpose('x', '2019-09-02'), conclude, close(), submit('2019-09-02')];
    for (const event of attempts) {
      expect(closed.can(event)).toBe(false);
      actor.send(event);
      expect(actor.getSnapshot()).toBe(closed);
    }
  });
});

describe('labels', () => {
  it('names every state in Swedish and English', () => {
    const names: MandateStateName[] = ['draft', 'inReview', 'collecting', 'endorsed', 'active', 'stable', 'amendmentPending', 'concluding', 'closed'];
    expect(Object.keys(mandateStateLabels).sort()).toEqual([...names].sort());
    expect(mandateStateLabels.active.sv).toBe('Fastställd');
  });
});

describe('graph coverage', () => {
  it('reaches every state and takes every transition', () => {
    const C = dalarnaDraft.commissioner.id;
    const A = { id: 'dalarna:styrgrupp', name: 'Styrgruppen' };
    const B = { id: 'dalarna:lanschefsnatverket', name: 'Länschefsnätverket' };
    const when = at('2026-06-01');
    const meta = { by: 'dalarna:p-leader', at: when };
    const events: MandateEvent[] = [
      { ...meta, type: 'amend', section: 'purpose', change: 'Ett skarpare syfte.' },
      { ...meta, type: 'amend', section: 'tasks', change: [] },
      { ...meta, type: 'amend', section: 'staffingPlan', change: { entries: [] } },
      { ...meta, type: 'submitForReview', reviewers: [A, B] },
      { ...meta, type: 'review', body: A.id, outcome: 'endorsed' },
      { ...meta, type: 'review', body: A.id, outcome: 'changesRequested' },
      { ...meta, type: 'review', body: B.id, outcome: 'endorsed' },
      { ...meta, type: 'review', body: 'dalarna:okand', outcome: 'endorsed' },
      { ...meta, type: 'approve', asCommissioner: C },
      { ...meta, type: 'approve', asCommissioner: A.id },
      { ...meta, type: 'approveAmendment', asCommissioner: C },
      { ...meta, type: 'approveAmendment', asCommissioner: A.id },
      { ...meta, type: 'rejectAmendment', asCommissioner: C, reason: 'Nej' },
      { ...meta, type: 'rejectAmendment', asCommissioner: A.id, reason: 'Nej' },
      { ...meta, type: 'extend', asCommissioner: C, to: '2028-01-31', reason: 'Behov' },
      { ...meta, type: 'extend', asCommissioner: A.id, to: '2028-01-31', reason: 'Behov' },
      { ...meta, type: 'conclude' },
      { ...meta, type: 'close', asCommissioner: C },
      { ...meta, type: 'close', asCommissioner: A.id },
      { ...meta, type: 'end', asCommissioner: C, reason: 'Avbrutet' },
      { ...meta, type: 'end', asCommissioner: A.id, reason: 'Avbrutet' },
      { ...meta, type: 'decideEscalation', asCommissioner: C, meetingId: 'm', escalationId: 'e', outcome: 'approved', decision: 'Bifall' },
      { ...meta, type: 'followUpGoal', goalId: 'mal', status: 'onTrack' },
    ];
    const report = graphCoverage(mandateMachine, {
      input: { mandate: { ...dalarnaDraft, goals: [{ id: 'mal', text: 'Ett mål.', followUpDates: [] }] } },
      // Nothing is sent once closed; "accepts nothing once closed" checks that separately.
      events: (s) => (s.status === 'done' ? [] : events),
      serializeState: (s) =>
        JSON.stringify([
          s.value,
          s.context.reviewRound?.reviews.map((r) => `${r.body}:${r.outcome}`) ?? null,
          s.context.mandate.period.extension?.timesExtended ?? 0,
          isIntegerVersion(s.context.mandate.version),
        ]),
    });
    expect(report.unreachedStates).toEqual([]);
    expect(report.untakenTransitions).toEqual([]);
    expect(report.states).toHaveLength(9);
    // 17 before, and the commissioner's decision on an escalated matter and a goal's follow-up, while active and concluding.
    expect(report.transitions).toHaveLength(21);
  });

  it('starts an imported approved version in force, its approval recorded as the first approved version', () => {
    const imported = { ...dalarnaDraft, version: '1.0', classification: 'public' as const, versionHistory: [{ version: '1.0', date: '2025-12-01', issuer: 'Styrgruppen' }] };
    const actor = createActor(mandateMachine, {
      input: { mandate: imported, imported: { approvedOn: '2025-12-01', recordedBy: 'dalarna:p-leader', recordedAt: at('2026-01-10') } },
    }).start();
    expect(actor.getSnapshot().value).toEqual({ active: 'stable' });
    expect(actor.getSnapshot().context.approvedVersions.map((v) => [v.version, v.approvedAt, v.imported?.approvedByName])).toEqual([['1.0', '2025-12-01', imported.commissioner.name]]);
    // A draft without `imported` stays a draft.
    expect(createActor(mandateMachine, { input: { mandate: dalarnaDraft } }).start().getSnapshot().value).toBe('draft');
  });
});
