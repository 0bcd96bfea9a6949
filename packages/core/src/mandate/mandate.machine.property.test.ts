/**
 * Random sequences of every event kind, with random bodies (wrong approvers included), sent
 * to a real actor. After every event the invariants of the mandate are checked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, transition, type SnapshotFrom } from 'xstate';
import { addDays } from '../shared/dates.js';
import { MandateEvent } from './mandate.events.js';
import { dalarnaDraft, dalarnaDraftInput, fyrbodalDraft } from './mandate.fixtures.js';
import { recordFingerprint } from '../shared/fingerprint.js';
import { mandateMachine } from './mandate.machine.js';
import {
  appliesDirectly,
  canonicalJson,
  changedSections,
  compareVersions,
  isIntegerVersion,
  majorOf,
  nextMinor,
} from './mandate.rules.js';
import { AmendableSection, Mandate, type MandateSection } from './mandate.schema.js';

type Snapshot = SnapshotFrom<typeof mandateMachine>;

const NETWORK = { id: 'x:natverket', name: 'Nätverket' };
const OTHER = { id: 'x:annan', name: 'Annan nämnd' };
const NEWCOMER = { id: 'x:ny-uppdragsgivare', name: 'Ny uppdragsgivare' };
const STRANGER = 'x:okand';

/** Sections kept by the lifecycle, not content. */
const METADATA: readonly MandateSection[] = ['version', 'date', 'versionHistory', 'classification'];

const dalarnaTwice = Mandate.parse({
  ...dalarnaDraftInput,
  period: { start: '2026-02-01', durationMonths: 18, extension: { maxCount: 2, maxMonths: 12 } },
});

/** The other fixture's content for every section: plenty of valid and invalid amendments. */
function borrowedChanges(from: Mandate): Array<{ section: AmendableSection; change: unknown }> {
  return AmendableSection.options
    .filter((s) => from[s] !== undefined)
    .map((section) => ({ section, change: structuredClone(from[section]) }));
}

function eventsFor(mandate: Mandate): fc.Arbitrary<unknown[]> {
  const commissioner = mandate.commissioner.id;
  const asBody = fc.oneof(
    { weight: 4, arbitrary: fc.constant(commissioner) },
    { weight: 1, arbitrary: fc.constantFrom(NETWORK.id, OTHER.id, NEWCOMER.id, STRANGER) },
  );
  const day = fc.integer({ min: 0, max: 4200 }).map((n) => addDays('2018-06-01', n));
  /** Dates around Dalarna's planned end, where extensions are decided. */
  const nearEnd = fc.integer({ min: -30, max: 420 }).map((n) => addDays('2027-07-31', n));
  const meta = fc.record({
    by: fc.constantFrom('p:leader', 'p:chair', 'p:rep'),
    at: day.map((d) => `${d}T10:00:00+01:00`),
  });
  const other = mandate.id === fyrbodalDraft.id ? dalarnaDraft : fyrbodalDraft;
  const plans = [
    mandate.staffingPlan,
    { entries: mandate.staffingPlan.entries.slice(1) },
    { entries: mandate.staffingPlan.entries.map((e) => ({ ...e, personIds: [], min: 0 })) },
  ];
  const changes = fc.oneof(
    fc.constantFrom(...borrowedChanges(other)),
    fc.record({ section: fc.constant('staffingPlan' as const), change: fc.constantFrom(...plans) }),
    fc.record({
      section: fc.constant('meetings' as const),
      change: fc.constantFrom([], fyrbodalDraft.meetings, [{ ...fyrbodalDraft.meetings[0]!, agendaLeadTimeDays: 21 }]),
    }),
    fc.record({ section: fc.constantFrom('purpose' as const, 'background' as const, 'title' as const), change: fc.string({ maxLength: 12 }) }),
    fc.record({ section: fc.constant('commissioner' as const), change: fc.constantFrom(NEWCOMER, mandate.commissioner) }),
    fc.record({
      section: fc.constant('period' as const),
      change: fc.constantFrom(
        { start: mandate.period.start, end: '2030-12-31' },
        { start: mandate.period.start, end: '2030-12-31', extension: { maxCount: 1, timesExtended: 0 } },
        mandate.period,
      ),
    }),
    fc.record({ section: fc.constant('tasks' as const), change: fc.constantFrom([], mandate.tasks) }),
  );
  const reason = fc.constantFrom('Behov', 'Ny inriktning');
  const event = fc.oneof(
    { weight: 3, arbitrary: fc.record({ type: fc.constant('submitForReview'), reviewers: fc.subarray([NETWORK, OTHER, { id: commissioner, name: 'Uppdragsgivaren' }], { minLength: 1 }) }) },
    {
      weight: 8,
      arbitrary: fc.record({
        type: fc.constant('review'),
        body: fc.constantFrom(NETWORK.id, OTHER.id, commissioner, STRANGER),
        outcome: fc.constantFrom('endorsed', 'endorsed', 'endorsed', 'changesRequested'),
      }),
    },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('approve'), asCommissioner: asBody }) },
    { weight: 6, arbitrary: changes.map((c) => ({ type: 'amend', ...c })) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('approveAmendment'), asCommissioner: asBody }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('rejectAmendment'), asCommissioner: asBody, reason }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('extend'), asCommissioner: asBody, to: fc.oneof(day, nearEnd), reason }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('conclude') }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('close'), asCommissioner: asBody }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('end'), asCommissioner: asBody, reason }) },
  );
  // Short scripts that usually succeed, so random runs get past review and into amendments.
  const approvalPath = fc
    .tuple(
      fc.subarray([NETWORK, OTHER], { minLength: 1 }),
      fc.constantFrom('endorsed', 'endorsed', 'endorsed', 'changesRequested'),
      asBody,
    )
    .map(([reviewers, outcome, body]) => [
      { type: 'submitForReview', reviewers },
      ...reviewers.map((r, i) => ({ type: 'review', body: r.id, outcome: i === 0 ? outcome : 'endorsed' })),
      { type: 'approve', asCommissioner: body },
    ]);
  const amendmentPath = fc
    .tuple(changes, asBody)
    .map(([change, body]) => [{ type: 'amend', ...change }, { type: 'approveAmendment', asCommissioner: body }]);
  const step = fc.oneof(
    { weight: 6, arbitrary: event.map((e) => [e]) },
    { weight: 2, arbitrary: approvalPath },
    { weight: 2, arbitrary: amendmentPath },
  );
  return fc
    .array(fc.tuple(step, fc.array(meta, { minLength: 6, maxLength: 6 })), { maxLength: 14 })
    .map((steps) => steps.flatMap(([events, metas]) => events.map((e, i) => ({ ...metas[i % metas.length], ...e }))));
}

const scenario = fc
  .constantFrom(fyrbodalDraft, dalarnaDraft, dalarnaTwice)
  .chain((mandate) => fc.tuple(fc.constant(mandate), eventsFor(mandate)));

/** Checks one step from `before` to `after` under `event`. */
function checkStep(before: Snapshot, event: MandateEvent, after: Snapshot): void {
  const b = before.context;
  const a = after.context;
  const asCommissioner = 'asCommissioner' in event && event.asCommissioner === b.mandate.commissioner.id;

  // A refusal is visible through `can` and changes nothing.
  expect(before.can(event)).toBe(after !== before);

  // The document is always valid (checked when it is a new object; the old one was checked).
  if (a.mandate !== b.mandate) expect(Mandate.safeParse(a.mandate).success).toBe(true);

  // (a) The major version rises by exactly one, and only on the commissioner's approval.
  const rise = majorOf(a.mandate.version) - majorOf(b.mandate.version);
  expect(compareVersions(a.mandate.version, b.mandate.version)).toBeGreaterThanOrEqual(0);
  expect([0, 1]).toContain(rise);
  const approval = (event.type === 'approve' || event.type === 'approveAmendment') && asCommissioner && after !== before;
  expect(rise === 1).toBe(approval);
  if (rise === 1) {
    expect(isIntegerVersion(a.mandate.version)).toBe(true);
    expect(a.approvedVersions).toHaveLength(b.approvedVersions.length + 1);
    expect(a.approvedVersions.at(-1)?.version).toBe(a.mandate.version);
    expect(a.mandate.classification).toBe('public');
  } else {
    expect(a.approvedVersions).toHaveLength(b.approvedVersions.length);
    if (a.mandate.version !== b.mandate.version) expect(a.mandate.version).toBe(nextMinor(b.mandate.version));
  }

  // (c) Content changes: anything in a draft; afterwards only staffing and meetings directly,
  // everything else only through the commissioner (approveAmendment, or extend for the period).
  if (a.mandate === b.mandate) return;
  const changed = changedSections(b.mandate, a.mandate).filter((s) => !METADATA.includes(s));
  if (changed.length === 0) return;
  if (before.matches('draft')) {
    expect(event.type === 'amend' && changed.every((s) => s === event.section)).toBe(true);
    expect(a.mandate.version).toBe(b.mandate.version);
    return;
  }
  if (changed.every((s) => appliesDirectly(s as AmendableSection))) {
    expect(before.matches('active')).toBe(true);
    expect(event.type === 'amend' && changed.length === 1 && changed[0] === event.section).toBe(true);
    expect(a.mandate.version).toBe(nextMinor(b.mandate.version));
    return;
  }
  const byAmendment =
    event.type === 'approveAmendment' &&
    asCommissioner &&
    b.pendingAmendment !== null &&
    changed.every((s) => s === b.pendingAmendment!.change.section);
  const byExtension =
    event.type === 'extend' &&
    asCommissioner &&
    changed.length === 1 &&
    changed[0] === 'period' &&
    canonicalJson({ ...a.mandate.period, extension: null }) === canonicalJson({ ...b.mandate.period, extension: null });
  expect(byAmendment || byExtension).toBe(true);
}

describe('mandate machine — properties', () => {
  // CPU-bound (1 000 sequences): the time limit only catches a hang, on however busy a machine.
  it('keeps its invariants under any sequence of events', { timeout: 600_000 }, () => {
    const reached = { active: 0, secondMajor: 0, pending: 0, extended: 0, concluded: 0, closed: 0, backToDraft: 0 };
    fc.assert(
      fc.property(scenario, ([mandate, raw]) => {
        const actor = createActor(mandateMachine, { input: { mandate } }).start();
        /** (b) Every approved version as first recorded. */
        const recorded: Array<{ ref: object; json: string; hash: string }> = [];
        let sawDraftAgain = false;
        for (const candidate of raw) {
          const parsed = MandateEvent.safeParse(candidate);
          if (!parsed.success) continue; // the runtime refuses these before the machine sees them
          const event = parsed.data;
          const before = actor.getSnapshot();

          if (before.status === 'done') {
            // (d) Closed is final: nothing is allowed and nothing would change.
            expect(before.value).toBe('closed');
            expect(before.can(event)).toBe(false);
            const [next] = transition(mandateMachine, before, event);
            expect(next.value).toBe('closed');
            expect(next.context).toBe(before.context);
            continue;
          }

          actor.send(event);
          const after = actor.getSnapshot();
          checkStep(before, event, after);
          if (before.matches('inReview') && after.matches('draft')) sawDraftAgain = true;

          // (b) Approved versions never change once recorded.
          // The same deep-frozen object cannot have changed; any other object must match the record.
          after.context.approvedVersions.forEach((v, i) => {
            const earlier = recorded[i];
            if (earlier?.ref === v) return;
            expect(Object.isFrozen(v.content)).toBe(true);
            expect(recordFingerprint(v.content)).toBe(v.hash);
            if (earlier) {
              expect(canonicalJson(v)).toBe(earlier.json);
              expect(v.hash).toBe(earlier.hash);
            } else {
              recorded.push({ ref: v, json: canonicalJson(v), hash: v.hash });
            }
          });
        }
        const last = actor.getSnapshot();
        if (last.context.approvedVersions.length > 0) reached.active++;
        if (last.context.approvedVersions.length > 1) reached.secondMajor++;
        if (last.context.decidedAmendments.length > 0 || last.context.pendingAmendment) reached.pending++;
        if (last.context.extensions.length > 0) reached.extended++;
        if (last.context.finalReport) reached.concluded++;
        if (last.status === 'done') reached.closed++;
        if (sawDraftAgain) reached.backToDraft++;
        actor.stop();
      }),
      { numRuns: 1000 },
    );
    // The sequences are worth something only if they reach the interesting parts.
    expect(reached.active).toBeGreaterThan(200);
    expect(reached.secondMajor).toBeGreaterThan(30);
    expect(reached.pending).toBeGreaterThan(60);
    expect(reached.extended).toBeGreaterThan(4);
    expect(reached.concluded).toBeGreaterThan(10);
    expect(reached.closed).toBeGreaterThan(25);
    expect(reached.backToDraft).toBeGreaterThan(60);
  });
});
