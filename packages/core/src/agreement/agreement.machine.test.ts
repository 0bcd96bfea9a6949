import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { dalarnaParties } from '../samples/dalarna.people.js';
import { graphCoverage } from '../testing/graph-coverage.js';
import type { AgreementEvent } from './agreement.events.js';
import { agreementMachine } from './agreement.machine.js';
import { Agreement, NewAgreement, type PartyDecisionKind } from './agreement.schema.js';

const by = 'transition-leader';
const sentAt = '2026-02-02T09:00:00+01:00';
const recordedAt = '2026-04-01T10:00:00+02:00';

const input = NewAgreement.parse({
  id: 'dalarna-hsv-i-hemmet',
  title: 'Överenskommelse om hälso- och sjukvård i hemmet',
  mandateId: 'dalarna-omstallningsledare',
  replacesAgreementId: 'dalarna-hemsjukvardsavtal-2013',
  parties: [
    { organisationId: 'region', name: 'Region Dalarna' },
    { organisationId: 'falun', name: 'Falu kommun' },
  ],
});

const e = {
  addParty: (organisationId: string, name = organisationId): AgreementEvent => ({
    type: 'addParty',
    by,
    at: sentAt,
    party: { organisationId, name },
  }),
  removeParty: (organisationId: string): AgreementEvent => ({ type: 'removeParty', by, at: sentAt, organisationId }),
  send: (at = sentAt): AgreementEvent => ({ type: 'sendOnReferral', by, at }),
  decide: (
    organisationId: string,
    decision: PartyDecisionKind,
    extra: Partial<{ decidedAt: string; at: string; reason: string; reference: string }> = {},
  ): AgreementEvent => ({
    type: 'recordPartyDecision',
    by: 'registrar',
    at: extra.at ?? recordedAt,
    organisationId,
    decision,
    decidedAt: extra.decidedAt ?? '2026-03-16',
    decidingBody: organisationId === 'region' ? 'Regionfullmäktige' : 'Kommunfullmäktige',
    ...(extra.reason === undefined ? {} : { reason: extra.reason }),
    ...(extra.reference === undefined ? {} : { reference: extra.reference }),
  }),
  revise: (version: string, reason = 'Ansvarsfördelningen förtydligad'): AgreementEvent => ({
    type: 'revise',
    by,
    at: '2026-05-04T09:00:00+02:00',
    version,
    reason,
  }),
  abandon: (reason = 'Parterna kunde inte enas'): AgreementEvent => ({ type: 'abandonAgreement', by, at: recordedAt, reason }),
};

function run(events: AgreementEvent[], start: NewAgreement = input) {
  const actor = createActor(agreementMachine, { input: start }).start();
  for (const event of events) actor.send(event);
  return actor;
}

describe('agreement machine — draft', () => {
  it('starts as a draft with no round and no decisions', () => {
    const snap = run([]).getSnapshot();
    expect(snap.value).toBe('draft');
    expect(snap.context).toMatchObject({ round: 0, decisions: [], history: [], version: '0.1' });
  });

  it('adds and removes parties while in draft', () => {
    const snap = run([e.addParty('mora', 'Mora kommun'), e.removeParty('falun')]).getSnapshot();
    expect(snap.context.parties.map((p) => p.organisationId)).toEqual(['region', 'mora']);
  });

  it('refuses to add a party twice or remove an organisation that is not a party', () => {
    const snap = run([]).getSnapshot();
    expect(snap.can(e.addParty('falun'))).toBe(false);
    expect(snap.can(e.removeParty('mora'))).toBe(false);
  });

  it('sends the agreement on referral with two parties and starts round 1', () => {
    const snap = run([e.send()]).getSnapshot();
    expect(snap.value).toBe('referral');
    expect(snap.context.round).toBe(1);
    expect(snap.context.sentOnReferralAt).toBe(sentAt);
  });

  it('refuses to send on referral with fewer than two parties', () => {
    const one = run([e.removeParty('falun')]).getSnapshot();
    expect(one.can(e.send())).toBe(false);
    const none = run([e.removeParty('falun'), e.removeParty('region')]).getSnapshot();
    expect(none.can(e.send())).toBe(false);
  });

  it('can be abandoned from draft, with the reason kept', () => {
    const snap = run([e.abandon('Ersätts av nationell reglering')]).getSnapshot();
    expect(snap.value).toBe('abandoned');
    expect(snap.status).toBe('done');
    expect(snap.context.abandoned).toEqual({ by, at: recordedAt, reason: 'Ersätts av nationell reglering' });
  });
});

describe('agreement machine — referral', () => {
  it('records an adoption and waits for the other parties', () => {
    const snap = run([e.send(), e.decide('region', 'adopted', { reference: 'RF § 12' })]).getSnapshot();
    expect(snap.value).toBe('referral');
    expect(snap.context.decisions).toEqual([
      {
        organisationId: 'region',
        decision: 'adopted',
        decidedAt: '2026-03-16',
        decidingBody: 'Regionfullmäktige',
        reference: 'RF § 12',
        recordedBy: 'registrar',
        recordedAt,
      },
    ]);
  });

  it('comes into force on the last adoption, from the day of that decision', () => {
    const snap = run([
      e.send(),
      e.decide('falun', 'adopted', { decidedAt: '2026-03-30' }),
      e.decide('region', 'adopted', { decidedAt: '2026-03-16' }),
    ]).getSnapshot();
    expect(snap.value).toBe('inForce');
    expect(snap.status).toBe('done');
    expect(snap.context.inForceFrom).toBe('2026-03-30');
  });

  it('goes to negotiation on a rejection', () => {
    const snap = run([e.send(), e.decide('falun', 'rejected', { reason: 'Kostnadsfördelningen' })]).getSnapshot();
    expect(snap.value).toBe('negotiation');
    expect(snap.context.decisions[0]).toMatchObject({ decision: 'rejected', reason: 'Kostnadsfördelningen' });
  });

  it('goes to negotiation on a rejection even after every other party adopted', () => {
    const snap = run([e.send(), e.decide('region', 'adopted'), e.decide('falun', 'rejected')]).getSnapshot();
    expect(snap.value).toBe('negotiation');
  });

  it('refuses a decision from an organisation that is not a party', () => {
    const snap = run([e.send()]).getSnapshot();
    expect(snap.can(e.decide('mora', 'adopted'))).toBe(false);
    expect(snap.can(e.decide('mora', 'rejected'))).toBe(false);
  });

  it('refuses a second decision by the same party in the same round', () => {
    const snap = run([e.send(), e.decide('region', 'adopted')]).getSnapshot();
    expect(snap.can(e.decide('region', 'adopted'))).toBe(false);
    expect(snap.can(e.decide('region', 'rejected'))).toBe(false);
  });

  it('refuses a decision dated before the referral or after the day it is recorded', () => {
    const snap = run([e.send()]).getSnapshot();
    expect(snap.can(e.decide('region', 'adopted', { decidedAt: '2026-02-01' }))).toBe(false);
    expect(snap.can(e.decide('region', 'adopted', { decidedAt: '2026-04-02' }))).toBe(false);
    // Boundaries: the day of the referral and the day of recording are both plausible.
    expect(snap.can(e.decide('region', 'adopted', { decidedAt: '2026-02-02' }))).toBe(true);
    expect(snap.can(e.decide('region', 'adopted', { decidedAt: '2026-04-01' }))).toBe(true);
  });

  it('does not let parties change during a round', () => {
    const snap = run([e.send()]).getSnapshot();
    expect(snap.can(e.addParty('mora'))).toBe(false);
    expect(snap.can(e.removeParty('falun'))).toBe(false);
  });

  it('cannot be revised or abandoned while the parties are deciding', () => {
    const snap = run([e.send()]).getSnapshot();
    expect(snap.can(e.revise('0.2'))).toBe(false);
    expect(snap.can(e.abandon())).toBe(false);
  });

  it('comes into force only when the sixteenth Dalarna party adopts', () => {
    const parties = dalarnaParties.map((o) => ({ organisationId: o.id, name: o.name }));
    expect(parties).toHaveLength(16);
    const actor = run([e.send()], { ...input, parties });
    parties.forEach((party, i) => {
      expect(actor.getSnapshot().value).toBe('referral');
      actor.send(e.decide(party.organisationId, 'adopted', { decidedAt: `2026-03-${String(10 + i).padStart(2, '0')}` }));
      expect(actor.getSnapshot().context.decisions).toHaveLength(i + 1);
    });
    expect(actor.getSnapshot().value).toBe('inForce');
    expect(actor.getSnapshot().context.inForceFrom).toBe('2026-03-25');
  });
});

describe('agreement machine — negotiation and new rounds', () => {
  const three = { ...input, parties: [...input.parties, { organisationId: 'mora', name: 'Mora kommun' }] };
  const rejected = [e.send(), e.decide('region', 'adopted'), e.decide('falun', 'rejected')];

  it('still records the other parties’ decisions of the rejected round', () => {
    const snap = run([...rejected, e.decide('mora', 'adopted')], three).getSnapshot();
    expect(snap.value).toBe('negotiation');
    expect(snap.context.decisions.map((d) => d.organisationId)).toEqual(['region', 'falun', 'mora']);
    expect(snap.can(e.decide('mora', 'rejected'))).toBe(false);
    expect(snap.can(e.decide('stranger', 'adopted'))).toBe(false);
  });

  it('is revised back to draft under a higher version, keeping the round in the history', () => {
    const snap = run([...rejected, e.revise('0.2')], three).getSnapshot();
    expect(snap.value).toBe('draft');
    expect(snap.context.version).toBe('0.2');
    expect(snap.context.decisions).toEqual([]);
    expect(snap.context.sentOnReferralAt).toBeUndefined();
    expect(snap.context.history).toHaveLength(1);
    expect(snap.context.history[0]).toMatchObject({
      round: 1,
      version: '0.1',
      sentOnReferralAt: sentAt,
      revisedBy: by,
      reason: 'Ansvarsfördelningen förtydligad',
    });
    expect(snap.context.history[0]?.decisions.map((d) => `${d.organisationId}:${d.decision}`)).toEqual([
      'region:adopted',
      'falun:rejected',
    ]);
  });

  it('refuses a revision that does not raise the version, comparing numerically', () => {
    const snap = run([e.send(), e.decide('falun', 'rejected')]).getSnapshot();
    expect(snap.can(e.revise('0.1'))).toBe(false);
    expect(snap.can(e.revise('0.0'))).toBe(false);
    expect(snap.can(e.revise('0.10'))).toBe(true);
    const at09 = run([e.send(), e.decide('falun', 'rejected'), e.revise('0.9'), e.send('2026-05-05T09:00:00+02:00'), e.decide('falun', 'rejected', { decidedAt: '2026-05-20', at: '2026-06-01T10:00:00+02:00' })]).getSnapshot();
    expect(at09.value).toBe('negotiation');
    expect(at09.can(e.revise('0.10'))).toBe(true);
    expect(at09.can(e.revise('0.8'))).toBe(false);
  });

  it('needs every party to decide again in the new round', () => {
    const second = '2026-05-05T09:00:00+02:00';
    const later = { decidedAt: '2026-05-20', at: '2026-06-01T10:00:00+02:00' };
    const actor = run([...rejected, e.revise('0.2'), e.send(second), e.decide('region', 'adopted', later)]);
    expect(actor.getSnapshot().context.round).toBe(2);
    expect(actor.getSnapshot().value).toBe('referral');
    // A decision dated in round 1 no longer counts.
    expect(actor.getSnapshot().can(e.decide('falun', 'adopted'))).toBe(false);
    actor.send(e.decide('falun', 'adopted', later));
    expect(actor.getSnapshot().value).toBe('inForce');
    expect(Agreement.safeParse(actor.getSnapshot().context).success).toBe(true);
  });

  it('lets parties change between rounds', () => {
    const snap = run([...rejected, e.revise('0.2'), e.addParty('mora')], three).getSnapshot();
    expect(snap.can(e.addParty('mora'))).toBe(false);
    expect(run([e.send(), e.decide('falun', 'rejected'), e.revise('0.2'), e.addParty('mora')]).getSnapshot().context.parties).toHaveLength(3);
  });

  it('can be abandoned from negotiation', () => {
    const snap = run([...rejected, e.abandon()], three).getSnapshot();
    expect(snap.value).toBe('abandoned');
    expect(snap.can(e.revise('0.2'))).toBe(false);
  });

  it('lets a host replace a guard through provide()', () => {
    const anyVersion = agreementMachine.provide({ guards: { isHigherVersion: () => true } });
    const actor = createActor(anyVersion, { input }).start();
    for (const event of [e.send(), e.decide('falun', 'rejected'), e.revise('0.1')]) actor.send(event);
    expect(actor.getSnapshot().value).toBe('draft');
  });
});

type Snap = SnapshotFrom<typeof agreementMachine>;

function nextMinor(version: string): string {
  const [major, minor] = version.split('.').map(Number) as [number, number];
  return `${major}.${minor + 1}`;
}

describe('agreement machine — graph coverage', () => {
  it('reaches every state and takes every transition', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const report = graphCoverage(agreementMachine, {
      input,
      events: (s: Snap) => [
        e.addParty('mora'),
        e.removeParty('falun'),
        e.removeParty('stranger'),
        e.send(),
        ...['region', 'falun', 'mora', 'stranger'].flatMap((org) => [e.decide(org, 'adopted'), e.decide(org, 'rejected')]),
        e.decide('region', 'adopted', { decidedAt: '2026-01-01' }),
        e.revise(nextMinor(s.context.version)),
        e.revise(s.context.version),
        e.abandon(),
      ],
      serializeState: (s: Snap) =>
        JSON.stringify([
          s.value,
          s.context.parties.map((p) => p.organisationId),
          s.context.decisions.map((d) => `${d.organisationId}:${d.decision}`),
        ]),
    });
    warn.mockRestore();
    expect(report.unreachedStates).toEqual([]);
    expect(report.untakenTransitions).toEqual([]);
    expect(report.states).toHaveLength(5);
    expect(report.transitions).toHaveLength(10);
  });
});

// ---- Properties ----------------------------------------------------------------------------

const orgs = ['region', 'falun', 'mora', 'leksand', 'stranger'] as const;
const decisionDates = ['2026-01-20', '2026-02-10', '2026-02-25', '2026-03-10'];
const anyEvent: fc.Arbitrary<AgreementEvent> = fc.oneof(
  fc.constantFrom('region', 'falun', 'mora', 'leksand').map((o) => e.addParty(o)),
  fc.constantFrom(...orgs).map((o) => e.removeParty(o)),
  fc.constantFrom('2026-02-01T09:00:00+01:00', '2026-02-20T09:00:00+01:00').map((at) => e.send(at)),
  fc
    .record({
      org: fc.constantFrom(...orgs),
      decision: fc.constantFrom<PartyDecisionKind>('adopted', 'rejected'),
      decidedAt: fc.constantFrom(...decisionDates),
    })
    .map(({ org, decision, decidedAt }) =>
      e.decide(org, decision, { decidedAt, at: '2026-03-01T12:00:00+01:00' }),
    ),
  fc.constantFrom('0.1', '0.2', '0.3', '1.0', '1.1').map((v) => e.revise(v)),
  fc.constant(e.abandon()),
);

/** Every party adopted in the current round — computed here, independently of the machine. */
function everyPartyAdopted(context: Snap['context']): boolean {
  if (context.parties.length === 0) return false;
  return context.parties.every((p) =>
    context.decisions.some((d) => d.organisationId === p.organisationId && d.decision === 'adopted'),
  );
}

describe('agreement machine — properties', () => {
  it('is in force exactly when every party adopted this round; rejections lead to negotiation; non-parties change nothing', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 25 }), (events) => {
        const actor = createActor(agreementMachine, { input }).start();
        for (const event of events) {
          const before = actor.getSnapshot();
          const allowed = before.can(event);
          if (before.status === 'done') {
            expect(allowed).toBe(false);
            continue;
          }
          actor.send(event);
          const after = actor.getSnapshot();

          expect(after.value === 'inForce').toBe(everyPartyAdopted(after.context));
          if (event.type === 'recordPartyDecision') {
            const fromParty = before.context.parties.some((p) => p.organisationId === event.organisationId);
            if (!fromParty) {
              expect(allowed).toBe(false);
              expect(after.value).toBe(before.value);
              expect(after.context).toEqual(before.context);
            }
            if (allowed && event.decision === 'rejected') expect(after.value).toBe('negotiation');
          }
          if (!allowed) {
            expect(after.value).toBe(before.value);
            expect(after.context).toEqual(before.context);
          } else {
            expect(after.context).not.toEqual(before.context);
          }
          const counts = new Map<string, number>();
          for (const d of after.context.decisions) counts.set(d.organisationId, (counts.get(d.organisationId) ?? 0) + 1);
          expect([...counts.values()].every((n) => n === 1)).toBe(true);
          expect(Agreement.safeParse(after.context).success).toBe(true);
        }
        actor.stop();
      }),
      { numRuns: 1000 },
    );
  });
});
