import { describe, expect, it } from 'vitest';
import { mandateStateLabels } from '../mandate/mandate.machine.js';
import { mandateSectionLabels } from '../mandate/mandate.schema.js';
import { mandateVersionHistory } from './mandate-version-history.js';
import { F, fyrbodalWorld, TestWorld } from './test-state.js';
import { fyrbodal } from '../samples/fyrbodal.js';

const state = fyrbodalWorld().state();
/** The rows the dataset's draft carries before the runtime adds any. */
const own = fyrbodalWorld().dataset.mandates[0]!.versionHistory;
const draftVersion = fyrbodalWorld().dataset.mandates[0]!.version;

describe('mandateVersionHistory', () => {
  const history = mandateVersionHistory(state, { mandateId: F.mandate })!;

  it('gives the rows of the mandate as it stands: the document’s own, the reviews, the approval and a direct change', () => {
    expect(own[0]).toMatchObject({ date: '2019-02-08', version: '0.1', issuer: 'Helena Vik' });
    expect(draftVersion).toBe('0.2');
    expect(history.rows.map((r) => [r.date, r.version, r.issuer])).toEqual([
      ...own.map((r) => [r.date, r.version, r.issuer]),
      ['2019-03-20', '0.2', 'Granskad av E-hälsonätverket'],
      ['2019-04-02', '0.2', 'Granskad av Socialchefsnätverket'],
      ['2019-04-05', '1.0', 'Socialchefsnätverket, Fyrbodals kommunalförbund'],
      ['2019-05-02', '1.1', F.processLeader],
    ]);
    expect(history).toMatchObject({ version: '1.1', classification: 'public', title: 'Uppdragsbeskrivning – Nätverket för e-hälsa i Fyrbodal' });
  });

  it('marks the approved integer version as the public record, with the approval the lifecycle recorded', () => {
    expect(history.rows.filter((r) => r.approvedVersion).map((r) => r.version)).toEqual(['1.0']);
    expect(history.approvedVersions).toEqual(['1.0']);
    const approved = history.rows[own.length + 2]!;
    const recorded = state.mandates.get(F.mandate)!.context.approvedVersions[0]!;
    expect(approved).toMatchObject({
      reason: 'Fastställd av socialchefsnätverket',
      firstOfVersion: true,
      approval: {
        approvedBy: F.chiefs,
        recordedBy: F.commissioner,
        recordedByName: 'Göran Almqvist',
        approvedAt: '2019-04-05T09:00:00+02:00',
        hash: recorded.hash,
      },
    });
    expect(approved.approval?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(history.rows.filter((r) => r.approval !== null)).toHaveLength(1);
  });

  it('names a person who made a direct change', () => {
    expect(history.rows[own.length + 3]).toMatchObject({ issuerName: 'Helena Vik', reason: 'Nytt konferensrum', approvedVersion: false, approval: null });
    expect(history.rows[0]?.issuerName).toBe('Helena Vik');
    expect(history.rows[1]).toMatchObject({ version: '0.1', firstOfVersion: false });
    expect(history.rows[own.length]).toMatchObject({ version: '0.2', firstOfVersion: false });
  });

  it('shows the amendment waiting for the commissioner apart from the rows', () => {
    expect(history.state).toBe('active.amendmentPending');
    expect(history.stateLabel).toEqual(mandateStateLabels.amendmentPending);
    expect(history.pendingAmendment).toEqual({
      section: 'purpose',
      sectionLabel: mandateSectionLabels.purpose,
      reason: 'Förtydligat syfte',
      proposedBy: F.processLeader,
      proposedByName: 'Helena Vik',
      proposedAt: '2019-05-10T09:00:00+02:00',
      baseVersion: '1.1',
      resultingVersion: '2.0',
    });
    expect(history.openReview).toBeNull();
  });

  it('shows a draft under review with the bodies that have not reviewed', () => {
    const world = new TestWorld(fyrbodal).send(
      'mandate',
      F.mandate,
      {
        type: 'submitForReview',
        by: F.processLeader,
        at: '2019-03-15T09:00:00+01:00',
        reviewers: [
          { id: F.network, name: 'E-hälsonätverket' },
          { id: F.chiefs, name: 'Socialchefsnätverket' },
        ],
      },
      { type: 'review', by: F.karin, at: '2019-03-20T09:00:00+01:00', body: F.network, outcome: 'endorsed' },
    );
    const draft = mandateVersionHistory(world.state(), { mandateId: F.mandate })!;
    expect(draft).toMatchObject({ version: '0.2', classification: 'internal', state: 'inReview.collecting', pendingAmendment: null, approvedVersions: [] });
    expect(draft.openReview).toEqual({
      number: 1,
      version: '0.2',
      reviewers: [
        { id: F.network, name: 'E-hälsonätverket' },
        { id: F.chiefs, name: 'Socialchefsnätverket' },
      ],
      pending: [{ id: F.chiefs, name: 'Socialchefsnätverket' }],
    });
    expect(draft.rows).toHaveLength(own.length + 1);
    expect(draft.rows.some((r) => r.approvedVersion)).toBe(false);
  });

  it('reads a mandate the runtime has no aggregate for from the dataset, and nothing for an unknown one', () => {
    const s = fyrbodalWorld().state();
    const fromDataset = mandateVersionHistory({ ...s, mandates: new Map() }, { mandateId: F.mandate })!;
    expect(fromDataset).toMatchObject({ version: '0.2', state: null, stateLabel: null, pendingAmendment: null });
    expect(fromDataset.rows).toHaveLength(own.length);
    expect(mandateVersionHistory(s, { mandateId: 'fyrbodal:okant' })).toBeUndefined();
  });
});
