import { describe, expect, it } from 'vitest';
import { agreementStatusLabels, partyDecisionKindLabels } from '../agreement/agreement.schema.js';
import { agreementRatification } from './agreement-ratification.js';
import { D, dalarnaWorld } from './test-state.js';

describe('agreementRatification', () => {
  const world = dalarnaWorld([
    { party: 0, decision: 'adopted', decidedAt: '2026-10-20' },
    { party: 3, decision: 'adopted', decidedAt: '2026-10-22' },
    { party: 5, decision: 'rejected', decidedAt: '2026-10-27', reason: 'Kostnadsfördelningen behöver ses över.' },
  ]);
  const parties = world.dataset.agreements[0]!.parties;
  const result = agreementRatification(world.state(), { agreementId: D.agreement })!;

  it('gives each party its decision in the current round', () => {
    expect(result.parties).toHaveLength(16);
    expect(result.parties[0]).toMatchObject({
      organisationId: parties[0]!.organisationId,
      name: 'Region Dalarna',
      decision: {
        kind: 'adopted',
        label: partyDecisionKindLabels.adopted,
        decidedAt: '2026-10-20',
        decidingBody: 'Regionstyrelsen',
        reference: '§ 40',
        recordedBy: D.transitionLeader,
        recordedByName: 'Linnea Hammar',
      },
    });
    expect(result.parties[5]!.decision).toMatchObject({ kind: 'rejected', reason: 'Kostnadsfördelningen behöver ses över.' });
    expect(result.parties[1]!.decision).toBeNull();
  });

  it('lists the outstanding parties and the counts', () => {
    expect(result).toMatchObject({ adopted: 2, rejected: 1, allAdopted: false, round: 1, status: 'negotiation', inForceFrom: undefined });
    expect(result.statusLabel).toEqual(agreementStatusLabels.negotiation);
    expect(result.outstanding).toHaveLength(13);
    expect(result.outstanding.map((p) => p.organisationId)).not.toContain(parties[5]!.organisationId);
    expect(result.outstanding[0]).toEqual({ organisationId: parties[1]!.organisationId, name: parties[1]!.name });
    expect(result.mandate?.title).toBe(world.dataset.mandates.find((m) => m.id === result.mandate?.id)?.title);
  });

  it('shows the agreement in force once the last party adopts', () => {
    const all = dalarnaWorld(parties.map((_, i) => ({ party: i, decision: 'adopted' as const, decidedAt: `2026-11-${String(i + 1).padStart(2, '0')}` })));
    const done = agreementRatification(all.state(), { agreementId: D.agreement })!;
    expect(done).toMatchObject({ status: 'inForce', adopted: 16, rejected: 0, outstanding: [], allAdopted: true, inForceFrom: '2026-11-16' });
  });

  it('answers nothing for an unknown agreement', () => {
    expect(agreementRatification(world.state(), { agreementId: 'dalarna:okand' })).toBeUndefined();
  });
});
