/**
 * No sequence of accepted commands lets a person gain an authority they did not hold, unless a
 * holder of the approving authority approved it. Random sequences of every command type, sent
 * by anyone in the network, run over each of the four samples; after every accepted command,
 * each authority someone gained (person, authority, place — from `authorityMap`) must be
 * explained by that command:
 *
 * - `approveMandate` / `approveAmendment` of a mandate, sent by someone who held
 *   `approveMandate` for that mandate;
 * - `amendMandate`: an ordinary (not governing) authority handed out by someone who held
 *   `amendStaffingAndMeetings` for the mandate, or a draft change that only moves people's
 *   existing authorities into the mandate;
 * - `createMandate`: the new mandate's people hold there only what they already held;
 * - `importApprovedMandate`: recorded by someone who held `approveMandate` (speaking for its
 *   commissioner);
 * - `setUpGroup`: sent by someone who held `setUpGroups` in the parent group (or, for what the
 *   new group prepares for, in that group), handing out a governing authority only where the
 *   sender held it;
 * - `fillSeat`, `fillGroupSeat`: an ordinary authority handed out by someone who appoints members,
 *   a governing one only by someone who held it;
 * - `changeGroupStaffing`: an ordinary authority handed out by someone who held
 *   `amendStaffingAndMeetings` in the group, a governing one only by someone who held it;
 * - `planMeeting`, `assignMeetingRoles`: a meeting's own roles (its chair, justerare, secretary),
 *   for that meeting only, named by someone who convenes its group;
 * - every other command: nothing gained at all.
 *
 * (Commissioner authorities reach people through the relation only when they already approve
 * mandates: a person who held `approveMandate` may gain the others with it.) The two attacks
 * found on the earlier runtime — a self-made mandate seating its author as commissioner, and a
 * process leader taking the commissioner's seat by a "direct" staffing change, then approving
 * and ending — are examples the generator always tries first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commissionerAuthorities, governingAuthorities, type Authority } from '../role/authority.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { samples, type SampleId } from '../samples/index.js';
import { creatingCommands, payloadFor, targetFieldOf } from '../testing/command-fixtures.js';
import type { StaffingPlanInput } from '../staffing/staffing-plan.schema.js';
import { authorityGains, authorityMap, holdsAnywhere, type AuthorityMap } from './authority-map.js';
import { commandDefinitions } from './commands/index.js';
import { createSamverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import type { AggregateKind, RuntimeState } from './state.js';
import { createMemoryStore } from './store/memory-store.js';
import type { StoredEvent } from './store/store.js';

const at = '2030-06-03T10:00:00+02:00';
const clock = () => '2031-01-01T00:00:00Z';
const types = [...commandDefinitions.keys()];

/** One generated step: indices are taken modulo what the network has when the step runs. */
interface Step {
  type: string;
  by: number;
  target: number;
  /** `seatSelf`: the payload seats the sender in every seat (createMandate, amendMandate's staffing plan). */
  variant: 'fixture' | 'seatSelf';
  /** Sent by someone who holds the command's authority somewhere (else by anyone at all). */
  holder: boolean;
}

const step: fc.Arbitrary<Step> = fc.record({
  type: fc.constantFrom(...types),
  by: fc.nat(),
  target: fc.nat(),
  variant: fc.constantFrom('fixture' as const, 'seatSelf' as const),
  holder: fc.boolean(),
});

const mapKey: Record<AggregateKind, keyof Omit<RuntimeState, 'dataset' | 'damaged'>> = {
  mandate: 'mandates', meeting: 'meetings', theme: 'themes', seminar: 'seminars', deliverable: 'deliverables', agreement: 'agreements', communicationPlan: 'communicationPlans',
};

/** Every seat of a plan held by `personId` alone (the sender seats themselves everywhere). */
function seatEverywhere(plan: { entries: ReadonlyArray<{ roleId: string; organisationId?: string | undefined }> }, personId: string): StaffingPlanInput {
  return { entries: plan.entries.map((e) => ({ roleId: e.roleId, ...(e.organisationId ? { organisationId: e.organisationId } : {}), personIds: [personId], min: 0, max: 5 })) };
}

function commandOf(s: Step, state: RuntimeState, n: number, map: AuthorityMap): Record<string, unknown> {
  const { dataset } = state;
  const def = commandDefinitions.get(s.type)!;
  const probe = { type: s.type, section: 'staffingPlan', groupId: dataset.groups[0]?.id, group: { parentGroupId: dataset.groups[0]?.id } };
  const authority = def.authority(probe, { state, aggregate: undefined });
  const holders = dataset.people.filter((p) => holdsAnywhere(map, p.id, authority));
  const people = s.holder && holders.length > 0 ? holders : dataset.people;
  const by = people[s.by % people.length]!.id;
  const existing = def.kind === 'network' ? dataset.groups.map((g) => g.id) : [...state[mapKey[def.kind]].keys()];
  const creating = creatingCommands.has(s.type);
  const base = existing[s.target % Math.max(existing.length, 1)] ?? `${def.kind}-x`;
  const targetId = creating ? `${base}-ny-${n}` : base;
  let payload = payloadFor(s.type, dataset, creating ? base : targetId);
  if (s.type === 'planMeeting') payload = { meeting: { ...(payload.meeting as object), id: targetId } };
  if (s.type === 'addPerson' || s.type === 'addSubstitute') payload = { ...payload, person: { ...(payload.person as object), id: targetId } };
  if (s.type === 'setUpGroup') {
    const group = { ...(payload.group as Record<string, unknown>), id: targetId };
    // The attack: a group whose every seat the sender holds, with every role of the network.
    payload = { group: s.variant === 'seatSelf' ? { ...group, staffingPlan: { entries: dataset.roles.map((r) => ({ roleId: r.id, personIds: [by] })) }, preparesForGroupIds: dataset.groups.map((g) => g.id) } : group };
  }
  if ((s.type === 'fillGroupSeat' || s.type === 'leaveGroupSeat') && s.variant === 'seatSelf') {
    const entries = dataset.groups.find((g) => g.id === targetId)?.staffingPlan?.entries ?? [];
    const entry = entries[s.by % Math.max(entries.length, 1)];
    if (entry) payload = { roleId: entry.roleId, ...(entry.organisationId ? { organisationId: entry.organisationId } : {}), personId: by };
  }
  if (s.type === 'createMandate') {
    const template = (state.mandates.get(base)?.context.mandate ?? dataset.mandates[0]) as unknown as { staffingPlan: { entries: [] } } & Record<string, unknown>;
    const mandate = { ...template, id: targetId, version: '0.1', versionHistory: [], classification: 'internal' };
    payload = { mandate: s.variant === 'seatSelf' ? { ...mandate, staffingPlan: seatEverywhere(template.staffingPlan, by) } : mandate };
  }
  if (s.type === 'importApprovedMandate') {
    const given = payload.mandate as { staffingPlan?: { entries: [] } } & Record<string, unknown>;
    // A sample built by command (Sjölunda) has its mandate in the state, not in its dataset.
    const fromState = [...state.mandates.values()][0]?.context.mandate;
    const imported = (given.staffingPlan ? given : { ...fromState, id: given.id, version: '1.0', classification: 'public', versionHistory: [{ date: '2024-01-01', version: '1.0', issuer: 'Uppdragsgivaren' }] }) as { staffingPlan: { entries: [] } } & Record<string, unknown>;
    const mandate = { ...imported, id: targetId };
    payload = { ...payload, mandate: s.variant === 'seatSelf' ? { ...mandate, staffingPlan: seatEverywhere(imported.staffingPlan, by) } : mandate };
  }
  if (s.type === 'submitMandateForReview' && dataset.groups[0]) payload = { reviewers: [{ id: dataset.groups[s.target % dataset.groups.length]!.id, name: 'Granskare' }] };
  if (s.type === 'reviewMandate' && dataset.groups[0]) payload = { ...payload, body: dataset.groups[s.target % dataset.groups.length]!.id };
  if (s.type === 'assignMeetingRoles' && s.variant === 'seatSelf') payload = { roles: { chairId: by, secretaryId: by, minutesApproverIds: [by] } };
  if ((s.type === 'fillSeat' || s.type === 'leaveSeat') && s.variant === 'seatSelf') {
    const entries = state.mandates.get(targetId)?.context.mandate.staffingPlan.entries ?? [];
    const entry = entries[s.by % Math.max(entries.length, 1)];
    if (entry) payload = { roleId: entry.roleId, ...(entry.organisationId ? { organisationId: entry.organisationId } : {}), ...(entry.groupId ? { groupId: entry.groupId } : {}), personId: by };
  }
  if (s.type === 'amendMandate' && s.variant === 'seatSelf') {
    const plan = state.mandates.get(targetId)?.context.mandate.staffingPlan;
    if (plan) payload = { section: 'staffingPlan', change: seatEverywhere(plan, by), reason: 'Jag tar platserna' };
  }
  return { type: s.type, id: `prop-${n}`, by, at, [targetFieldOf(def.kind, s.type)]: targetId, ...payload };
}

type Gain = { personId: string; authority: Authority; place: string };

/** The group of each meeting the test has seen, for the explanation of a meeting's roles. */
const meetingGroups = new Map<string, string>();
const gainsGroup = (meetingId: string) => meetingGroups.get(meetingId) ?? '';

/**
 * Whether a gain is explained by the command that made it (see the file's comment). `gains` are
 * all the command's gains: a commissioner's authorities follow from an explained approveMandate.
 */
function explained(gain: Gain, command: Record<string, unknown>, before: AuthorityMap, gains: readonly Gain[]): boolean {
  const sender = command.by as string;
  const mandatePlace = `mandate:${String(command.mandateId)}`;
  const senderHeld = (authority: Authority) => before.get(sender)?.get(authority)?.has(mandatePlace) ?? false;
  const senderHeldAt = (authority: Authority, place: string) => before.get(sender)?.get(authority)?.has(place) ?? false;
  const senderHeldAnywhere = (authority: Authority) => holdsAnywhere(before, sender, authority);
  const heldItBefore = holdsAnywhere(before, gain.personId, gain.authority);
  const governing = governingAuthorities.has(gain.authority);
  const approvesAlready = commissionerAuthorities.includes(gain.authority) && holdsAnywhere(before, gain.personId, 'approveMandate');
  // A commissioner's other authorities come with approving mandates: who gained approveMandate in
  // an explained way gains them through the commissioner relation too.
  if (commissionerAuthorities.includes(gain.authority) && gain.authority !== 'approveMandate') {
    const approval = gains.find((g) => g.personId === gain.personId && g.authority === 'approveMandate');
    if (approval && explained(approval, command, before, gains)) return true;
  }
  switch (command.type) {
    case 'approveMandate':
    case 'approveAmendment':
      return senderHeld('approveMandate');
    case 'amendMandate':
      return heldItBefore || approvesAlready || (!governing && senderHeld('amendStaffingAndMeetings'));
    case 'createMandate':
      return heldItBefore || approvesAlready;
    case 'importApprovedMandate':
      // Recorded by one who speaks for its commissioner, who approves mandates where it belongs.
      return senderHeldAnywhere('approveMandate');
    case 'planMeeting':
    case 'assignMeetingRoles': {
      // A meeting's own roles, named by its convener, for that meeting only.
      const meetingId = String(command.meetingId);
      const groupId = command.type === 'planMeeting' ? (command.meeting as { groupId: string }).groupId : gainsGroup(meetingId);
      return gain.place === `meeting:${meetingId}` && senderHeldAt('convene', `group:${groupId}`);
    }
    case 'setUpGroup': {
      const group = command.group as { parentGroupId: string; preparesForGroupIds?: string[] };
      // What a group prepares for gives its members items on that group's agenda: given by one who sets up groups there.
      const where = gain.place === `group:${String(command.groupId)}` ? group.parentGroupId : gain.place.slice('group:'.length);
      return senderHeldAt('setUpGroups', `group:${where}`) && (!governing || senderHeldAnywhere(gain.authority));
    }
    case 'fillSeat':
    case 'fillGroupSeat':
      return governing ? senderHeldAnywhere(gain.authority) : senderHeldAnywhere('appointMembers');
    case 'changeGroupStaffing':
      return governing ? senderHeldAnywhere(gain.authority) : senderHeldAt('amendStaffingAndMeetings', `group:${String(command.groupId)}`);
    default:
      return false;
  }
}

const attacks: Record<SampleId, Step[][]> = {
  fyrbodal: [
    // A person with no role seats herself everywhere in a draft of her own, then tries it all.
    [
      { type: 'createMandate', by: 11, target: 0, variant: 'seatSelf', holder: false },
      { type: 'submitMandateForReview', by: 11, target: 0, variant: 'fixture', holder: false },
      { type: 'approveMandate', by: 11, target: 1, variant: 'fixture', holder: false },
      { type: 'cancelMeeting', by: 11, target: 3, variant: 'fixture', holder: false },
    ],
    // The process leader (person 0) takes every seat of the active mandate, then approves and ends.
    [
      { type: 'amendMandate', by: 0, target: 0, variant: 'seatSelf', holder: false },
      { type: 'approveAmendment', by: 0, target: 0, variant: 'fixture', holder: false },
      { type: 'endMandate', by: 0, target: 0, variant: 'fixture', holder: false },
    ],
  ],
  ehalsalyftet: [],
  orebro: [],
  dalarna: [],
  sjolunda: [],
};

describe.each(Object.keys(samples) as SampleId[])('authority gained in %s', (sampleId) => {
  // A few seconds each on a quiet machine; minutes on a 2-core one that runs everything else beside it.
  it('is always given by a holder of the authority that may give it (250 random sequences)', { timeout: 600_000 }, async () => {
    // The sample once; every run starts from a copy of its log.
    const source = createMemoryStore();
    await createSampleRuntime(sampleId, source);
    const log: StoredEvent[] = await source.readAll();
    let accepted = 0;
    const property = fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
      const store = createMemoryStore();
      await store.appendBatch!(groupByCommand(log));
      const runtime = await createSamverkan({ store, identity: trustedRecords(), clock });
      for (const [n, s] of steps.entries()) {
        for (const [id, view] of runtime.getState().meetings) meetingGroups.set(id, view.context.groupId);
        const before = authorityMap(runtime.getState());
        const command = commandOf(s, runtime.getState(), n, before);
        const result = await runtime.dispatchUntrusted(command);
        if (!result.ok) continue;
        accepted++;
        const gains = authorityGains(before, authorityMap(runtime.getState()));
        const unexplained = gains.filter((g) => !explained(g, command, before, gains));
        expect(unexplained.slice(0, 3), `${command.type} by ${String(command.by)}`).toEqual([]);
      }
    });
    await fc.assert(property, { numRuns: 250, examples: attacks[sampleId].map((sequence) => [sequence]) });
    // The generator reaches the runtime: a good share of its commands are accepted. Seen per
    // sample: 65–136 accepted, and as few as 41 for Sjölunda (fewer people with seats to act
    // from), which a bar of 50 failed about one run in ten; a generator gone wrong accepts none.
    expect(accepted).toBeGreaterThan(25);
  });
});

/** The log as batch parts, one per command (a batch holds each command once). */
function groupByCommand(events: readonly StoredEvent[]) {
  const parts: Array<{ stream: string; expectedVersion: number; events: StoredEvent[] }> = [];
  for (const e of events) {
    const last = parts.at(-1);
    if (last && last.events[0]!.commandId === e.commandId && last.stream === e.stream) last.events.push(e);
    else parts.push({ stream: e.stream, expectedVersion: e.version - 1, events: [e] });
  }
  return parts;
}
