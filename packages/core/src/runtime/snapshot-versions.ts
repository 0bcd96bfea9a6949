/**
 * The version of each kind's machine and payload schemas as snapshots see them. A snapshot
 * keeps a record's state as the machine left it; read by a machine that has changed since, it
 * could mean something else. So a snapshot carries its kind's version (and the machine's id),
 * and one of another version is discarded and its stream rebuilt from the events.
 *
 * The rule: **bump a kind's number in the same commit that changes its machine (states,
 * transitions, guards, assigns), its context, its creation input or its event schemas**, and
 * `dataset` with the dataset schema or the network changes. When in doubt, bump: the cost is one
 * full replay of that kind's streams on the next start, never a wrong state.
 */
import type { AggregateKind } from './state.js';

export const snapshotVersions: Readonly<Record<AggregateKind | 'dataset', number>> = {
  mandate: 1,
  meeting: 1,
  theme: 1,
  seminar: 1,
  deliverable: 1,
  agreement: 1,
  communicationPlan: 1,
  dataset: 1,
};
