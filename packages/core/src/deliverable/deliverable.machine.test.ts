import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { graphCoverage } from '../testing/graph-coverage.js';
import type { DeliverableEvent } from './deliverable.events.js';
import { deliverableMachine } from './deliverable.machine.js';
import { Deliverable, DeliverableContext } from './deliverable.schema.js';

const finalReport = Deliverable.parse({
  id: 'dalarna-slutrapport',
  kind: 'finalReport',
  title: 'Slutrapport omställningsarbetet',
  mandateId: 'dalarna-omstallningsledare',
  ownerId: 'dalarna-omstallningsledare-1',
  due: '2026-03-01',
});

const by = 'person-1';
const at = '2026-02-10T10:00:00+01:00';
const url = 'https://example.invalid/slutrapport.pdf';

const e = {
  startDrafting: (): DeliverableEvent => ({ type: 'startDrafting', by, at }),
  submit: (extra: Partial<{ at: string; documentUrl: string; version: string }> = {}): DeliverableEvent => ({
    type: 'submitForReview',
    by,
    at,
    ...extra,
  }),
  requestChanges: (comment = 'Komplettera med riskerna'): DeliverableEvent => ({ type: 'requestChanges', by: 'reviewer', at, comment }),
  approve: (approvingBody?: string): DeliverableEvent => ({
    type: 'approveDeliverable',
    by: 'commissioner',
    at,
    ...(approvingBody === undefined ? {} : { approvingBody }),
  }),
  publish: (documentUrl?: string): DeliverableEvent => ({
    type: 'publishDeliverable',
    by,
    at,
    ...(documentUrl === undefined ? {} : { documentUrl }),
  }),
  archive: (reason?: string): DeliverableEvent => ({
    type: 'archiveDeliverable',
    by,
    at,
    ...(reason === undefined ? {} : { reason }),
  }),
};

function run(events: DeliverableEvent[], input: Deliverable = finalReport) {
  const actor = createActor(deliverableMachine, { input }).start();
  for (const event of events) actor.send(event);
  return actor;
}

const toApproved = [e.startDrafting(), e.submit(), e.approve()];

describe('deliverable machine — transitions', () => {
  it('starts planned with the deliverable as context and an empty trail', () => {
    const snap = run([]).getSnapshot();
    expect(snap.value).toBe('planned');
    expect(snap.context).toMatchObject({ id: 'dalarna-slutrapport', ownerKind: 'person', changeRequests: [], warnings: [] });
  });

  it('moves to drafting when the owner starts writing', () => {
    expect(run([e.startDrafting()]).getSnapshot().value).toBe('drafting');
  });

  it('moves to review on submission and keeps the link and version of the draft', () => {
    const snap = run([e.startDrafting(), e.submit({ documentUrl: url, version: '0.2' })]).getSnapshot();
    expect(snap.value).toBe('inReview');
    expect(snap.context.submitted).toEqual({ by, at });
    expect(snap.context.documentUrl).toBe(url);
    expect(snap.context.version).toBe('0.2');
  });

  it('sends it back to drafting with the reviewer’s comment when changes are requested', () => {
    const snap = run([e.startDrafting(), e.submit(), e.requestChanges('Saknar implementeringsplan')]).getSnapshot();
    expect(snap.value).toBe('drafting');
    expect(snap.context.changeRequests).toEqual([{ by: 'reviewer', at, comment: 'Saknar implementeringsplan' }]);
  });

  it('can go through several review rounds and keeps every change request', () => {
    const snap = run([e.startDrafting(), e.submit(), e.requestChanges('A'), e.submit(), e.requestChanges('B'), e.submit(), e.approve()]).getSnapshot();
    expect(snap.value).toBe('approved');
    expect(snap.context.changeRequests.map((c) => c.comment)).toEqual(['A', 'B']);
  });

  it('records who approved it and the approving body', () => {
    const snap = run([e.startDrafting(), e.submit(), e.approve('Länschefsnätverkets styrgrupp')]).getSnapshot();
    expect(snap.value).toBe('approved');
    expect(snap.context.approved).toEqual({ by: 'commissioner', at, approvingBody: 'Länschefsnätverkets styrgrupp' });
  });

  it('publishes an approved deliverable with a document link and then is done', () => {
    const actor = run([...toApproved, e.publish(url)]);
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('published');
    expect(snap.status).toBe('done');
    expect(snap.context.published).toEqual({ by, at });
    expect(snap.context.documentUrl).toBe(url);
  });

  it('publishes with the link given at submission', () => {
    expect(run([e.startDrafting(), e.submit({ documentUrl: url }), e.approve(), e.publish()]).getSnapshot().value).toBe('published');
  });

  it('refuses to publish without any document link', () => {
    const actor = run(toApproved);
    expect(actor.getSnapshot().can(e.publish())).toBe(false);
    actor.send(e.publish());
    expect(actor.getSnapshot().value).toBe('approved');
  });

  it('archives an approved deliverable without publishing it; a reason is optional', () => {
    const snap = run([...toApproved, e.archive()]).getSnapshot();
    expect(snap.value).toBe('archived');
    expect(snap.status).toBe('done');
    expect(snap.context.archived).toEqual({ by, at, dropped: false });
  });

  it('drops a planned deliverable when a reason is given', () => {
    const snap = run([e.archive('Uppdraget avslutades i förtid')]).getSnapshot();
    expect(snap.value).toBe('archived');
    expect(snap.context.archived).toEqual({ by, at, dropped: true, reason: 'Uppdraget avslutades i förtid' });
  });

  it('drops a deliverable being drafted when a reason is given', () => {
    const snap = run([e.startDrafting(), e.archive('Ingår i slutrapporten')]).getSnapshot();
    expect(snap.value).toBe('archived');
    expect(snap.context.archived?.dropped).toBe(true);
  });

  it('refuses to drop a planned or drafting deliverable without a reason', () => {
    expect(run([]).getSnapshot().can(e.archive())).toBe(false);
    expect(run([e.startDrafting()]).getSnapshot().can(e.archive())).toBe(false);
  });

  it('refuses to archive a deliverable while it is in review', () => {
    expect(run([e.startDrafting(), e.submit()]).getSnapshot().can(e.archive('Vill inte längre'))).toBe(false);
  });

  it('refuses approval before review and publication before approval', () => {
    expect(run([]).getSnapshot().can(e.approve())).toBe(false);
    expect(run([e.startDrafting()]).getSnapshot().can(e.approve())).toBe(false);
    expect(run([e.startDrafting(), e.submit({ documentUrl: url })]).getSnapshot().can(e.publish(url))).toBe(false);
  });

  it('accepts nothing once published or archived', () => {
    for (const end of [[...toApproved, e.publish(url)], [...toApproved, e.archive()], [e.archive('Utgår')]]) {
      const snap = run(end).getSnapshot();
      for (const event of [e.startDrafting(), e.submit(), e.requestChanges(), e.approve(), e.publish(url), e.archive('x')]) {
        expect(snap.can(event)).toBe(false);
      }
    }
  });

  it('flags a submission after the due date as late, once, without refusing it', () => {
    const late = { at: '2026-03-04T09:00:00+01:00' };
    const snap = run([e.startDrafting(), e.submit(late), e.requestChanges(), e.submit(late)]).getSnapshot();
    expect(snap.value).toBe('inReview');
    expect(snap.context.warnings).toHaveLength(1);
    expect(snap.context.warnings[0]?.code).toBe('submittedLate');
    expect(snap.context.warnings[0]?.message.sv).toContain('3 dagar');
    expect(snap.context.warnings[0]?.message.en).toContain('3 days');
  });

  it('does not flag a submission on the due date, judged by the Swedish calendar day', () => {
    const lateEvening = run([e.startDrafting(), e.submit({ at: '2026-03-01T23:30:00+01:00' })]).getSnapshot();
    expect(lateEvening.context.warnings).toEqual([]);
    // 23:30 UTC on the due date is already the next day in Stockholm.
    const nextDay = run([e.startDrafting(), e.submit({ at: '2026-03-01T23:30:00Z' })]).getSnapshot();
    expect(nextDay.context.warnings.map((w) => w.code)).toEqual(['submittedLate']);
  });

  it('lets a host replace the publishing rule through provide()', () => {
    const lenient = deliverableMachine.provide({ guards: { hasDocument: () => true } });
    const actor = createActor(lenient, { input: finalReport }).start();
    for (const event of [...toApproved, e.publish()]) actor.send(event);
    expect(actor.getSnapshot().value).toBe('published');
  });

  it('keeps a context that validates against the DeliverableContext schema', () => {
    const snap = run([e.startDrafting(), e.submit(), e.requestChanges(), e.submit(), e.approve(), e.publish(url)]).getSnapshot();
    expect(DeliverableContext.safeParse(snap.context).success).toBe(true);
  });
});

type Snap = SnapshotFrom<typeof deliverableMachine>;

describe('deliverable machine — graph coverage', () => {
  it('reaches every state and takes every transition', () => {
    // The helper also replays events after final states; xstate warns about those, which is expected here.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const report = graphCoverage(deliverableMachine, {
      input: finalReport,
      events: () => [
        e.startDrafting(),
        e.submit(),
        e.requestChanges(),
        e.approve(),
        e.publish(),
        e.publish(url),
        e.archive(),
        e.archive('Utgår'),
      ],
      serializeState: (s: Snap) => `${String(s.value)}|${s.context.documentUrl === undefined ? 'no-doc' : 'doc'}`,
    });
    warn.mockRestore();
    expect(report.unreachedStates).toEqual([]);
    expect(report.untakenTransitions).toEqual([]);
    expect(report.states).toHaveLength(6);
    expect(report.transitions).toHaveLength(8);
  });
});

const anyEvent: fc.Arbitrary<DeliverableEvent> = fc.oneof(
  fc.constant(e.startDrafting()),
  fc.constantFrom(e.submit(), e.submit({ documentUrl: url }), e.submit({ at: '2026-03-05T08:00:00+01:00' })),
  fc.constant(e.requestChanges()),
  fc.constantFrom(e.approve(), e.approve('Styrgruppen')),
  fc.constantFrom(e.publish(), e.publish(url)),
  fc.constantFrom(e.archive(), e.archive('Utgår')),
);

describe('deliverable machine — properties', () => {
  it('never publishes without approval, stays put once final, and refuses exactly what it does not do', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 14 }), (events) => {
        const actor = createActor(deliverableMachine, { input: finalReport }).start();
        let approvedSeen = false;
        for (const event of events) {
          const before = actor.getSnapshot();
          const allowed = before.can(event);
          // Published and archived are final: the actor is done and accepts nothing.
          if (before.status === 'done') {
            expect(['published', 'archived']).toContain(before.value);
            expect(allowed).toBe(false);
            continue;
          }
          actor.send(event);
          const after = actor.getSnapshot();
          if (after.value === 'approved') approvedSeen = true;

          // can() is the runtime's refusal signal: a refused event changes nothing, an allowed one moves on.
          expect(after.value !== before.value).toBe(allowed);
          if (!allowed) expect(after.context).toEqual(before.context);
          // Never published without having been approved.
          if (after.value === 'published') {
            expect(approvedSeen).toBe(true);
            expect(after.context.approved).toBeDefined();
          }
          expect(after.status === 'done').toBe(after.value === 'published' || after.value === 'archived');
          // Dropping happens only before approval, and always with a reason.
          if (after.context.archived?.dropped === true) {
            expect(after.context.approved).toBeUndefined();
            expect(after.context.archived.reason).toBeDefined();
          }
          expect(DeliverableContext.safeParse(after.context).success).toBe(true);
        }
        actor.stop();
      }),
      { numRuns: 1000 },
    );
  });
});
