/**
 * Making the visitor's own network from the guided form's draft: the administrator it names loads
 * the dataset (the network's genesis, as a region's first load), then the person it names drafts
 * the mandate (`createMandate`) — both through core, which says yes or why not. It is tried
 * first on a memory store; only when core accepts all of it is the own network's database
 * emptied and written, so a refusal leaves the previous network as it was.
 */
import type { DatasetInput } from '@samverkan/core';
import { createMemoryStore, createSamverkan, demoPersonSwitcher, type CommandError, type EventStore } from '@samverkan/core/runtime';
import { createMandateCommand, datasetOf, firstActor, type NetworkDraft } from './own-network-draft.js';
import { replaceOwnNetwork } from './sample-runtime.js';
import { ownNetworkId, saveOwnNetworkNote } from './samples.js';
import { updatePreferences } from './preferences.js';
import { startClock } from './clock.js';

/** Core's refusal, and of which step: loading the network or drafting its mandate. */
export type BuildAnswer = { ok: true } | { ok: false; stage: 'load' | 'createMandate'; error: CommandError };

/** Loads the draft's network into `store` and drafts its mandate, as the people the draft names. */
async function build(store: EventStore, draft: NetworkDraft, dataset: DatasetInput, at: string): Promise<BuildAnswer> {
  const switcher = demoPersonSwitcher(draft.administratorId);
  const runtime = await createSamverkan({ store, identity: switcher, clock: () => at });
  try {
    const loaded = await runtime.load(dataset);
    if (!loaded.ok) return { ok: false, stage: 'load', error: loaded };
    if (!draft.mandate.create) return { ok: true };
    switcher.switchTo(draft.mandate.drafterId || undefined);
    const drafted = await runtime.dispatch(createMandateCommand(draft));
    return drafted.ok ? { ok: true } : { ok: false, stage: 'createMandate', error: drafted };
  } finally {
    await runtime.close();
  }
}

/** Core's answer to the whole draft, on a memory store: nothing is kept. */
export function tryOwnNetwork(draft: NetworkDraft, at: string): Promise<BuildAnswer> {
  return build(createMemoryStore(), draft, datasetOf(draft, 'review'), at);
}

/**
 * Makes the own network from the draft, replacing any before it, and sets the demo to act as its
 * administrator from now on. Answers core's refusal instead when there is one (nothing changed).
 */
export async function createOwnNetwork(draft: NetworkDraft, at: string): Promise<BuildAnswer> {
  const tried = await tryOwnNetwork(draft, at);
  if (!tried.ok) return tried;
  let answer: BuildAnswer = { ok: true };
  await replaceOwnNetwork(async (store) => {
    answer = await build(store, draft, datasetOf(draft, 'review'), at);
  });
  if (!answer.ok) return answer;
  const name = draft.name.trim();
  remember({ sv: name, en: draft.nameEn.trim() || name }, firstActor(draft), at);
  return answer;
}

/**
 * Makes the own network from a file's dataset (already checked by `importDataset`): loaded by the
 * administrator it names, replacing any before it.
 */
export async function importOwnNetwork(dataset: DatasetInput & { name: { sv: string; en?: string } }, administrator: string, at: string): Promise<BuildAnswer> {
  const tryLoad = async (store: EventStore): Promise<BuildAnswer> => {
    const runtime = await createSamverkan({ store, identity: demoPersonSwitcher(administrator), clock: () => at });
    try {
      const loaded = await runtime.load(dataset);
      return loaded.ok ? { ok: true } : { ok: false, stage: 'load', error: loaded };
    } finally {
      await runtime.close();
    }
  };
  const tried = await tryLoad(createMemoryStore());
  if (!tried.ok) return tried;
  let answer: BuildAnswer = { ok: true };
  await replaceOwnNetwork(async (store) => {
    answer = await tryLoad(store);
  });
  if (!answer.ok) return answer;
  // Who acts first: the administrator in their first seat of a group (where the work is), else as administrator.
  const seat = (dataset.groups ?? []).flatMap((g) => g.staffingPlan?.entries ?? []).find((e) => e.personIds?.includes(administrator));
  const roleId = seat?.roleId ?? dataset.networkStaffing?.entries?.find((e) => e.personIds?.includes(administrator))?.roleId ?? '';
  remember({ sv: dataset.name.sv, en: dataset.name.en ?? dataset.name.sv }, { personId: administrator, roleId }, at);
  return answer;
}

/** The network's name, who acts first and its day, for the frame; the demo's clock starts at its day. */
function remember(name: { sv: string; en: string }, actor: { personId: string; roleId: string }, at: string): void {
  saveOwnNetworkNote({ name, defaultActor: actor, referenceDate: at });
  updatePreferences((p) => ({ ...p, actors: { ...p.actors, [ownNetworkId]: actor }, clocks: { ...p.clocks, [ownNetworkId]: startClock(at) } }));
}
