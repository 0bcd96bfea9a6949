/**
 * How a directory change (`NetworkChange`) changes a dataset: a pure function of the dataset as
 * it stands and the change, used both to check a command (the result must be a valid dataset)
 * and to replay its event. It works on the dataset as the log keeps it (people without personal
 * data) as well as on the parsed one, and never changes its input.
 */
import type { LocalizedText } from '../shared/localized.js';
import type { StaffingEntry } from '../staffing/staffing-plan.schema.js';
import { fillSeat, leaveSeat } from '../staffing/staffing.rules.js';
import type { NetworkChange } from './network-change.schema.js';

type Entry = Pick<StaffingEntry, 'roleId' | 'personIds'> & Partial<Pick<StaffingEntry, 'organisationId' | 'groupId' | 'max'>>;
type GroupLike = { id: string; staffingPlan?: { entries: Entry[] } | undefined } & Record<string, unknown>;
/** The parts of a dataset a change touches; the rest is carried over as it is. */
export type DirectoryLike = { people: unknown[]; groups: GroupLike[] } & Record<string, unknown>;

export type NetworkChangeResult<D> = { ok: true; dataset: D } | { ok: false; reason: LocalizedText };

const refuse = (sv: string, en: string) => ({ ok: false as const, reason: { sv, en } });

/** The dataset after `change`, made at `at`; or why the change does not fit it. */
export function applyNetworkChange<D extends DirectoryLike>(dataset: D, change: NetworkChange & { at: string }): NetworkChangeResult<D> {
  const withGroup = (groupId: string, update: (group: GroupLike) => { group: GroupLike } | { reason: LocalizedText }): NetworkChangeResult<D> => {
    const index = dataset.groups.findIndex((g) => g.id === groupId);
    const group = dataset.groups[index];
    if (!group) return refuse(`Gruppen «${groupId}» finns inte.`, `The group «${groupId}» does not exist.`);
    const name = typeof group.name === 'string' ? group.name : groupId;
    if (group.closedAt !== undefined) return refuse(`Gruppen «${name}» är avvecklad.`, `The group «${name}» is closed.`);
    const next = update(group);
    if ('reason' in next) return { ok: false, reason: next.reason };
    const groups = dataset.groups.slice();
    groups[index] = next.group;
    return { ok: true, dataset: { ...dataset, groups } };
  };

  switch (change.type) {
    case 'addPerson':
      return { ok: true, dataset: { ...dataset, people: [...dataset.people, change.person] } };
    case 'setUpGroup':
      return { ok: true, dataset: { ...dataset, groups: [...dataset.groups, change.group as unknown as GroupLike] } };
    case 'closeGroup':
      return withGroup(change.groupId, (g) => ({ group: { ...g, closedAt: change.at, closedReason: change.reason } }));
    case 'changeGroupStaffing':
      return withGroup(change.groupId, (g) => ({ group: { ...g, staffingPlan: change.staffingPlan } }));
    case 'changeGroupMeetingRules':
      return withGroup(change.groupId, (g) => ({ group: { ...g, meetingRules: change.meetingRules } }));
    case 'fillGroupSeat':
    case 'leaveGroupSeat': {
      const seat = { roleId: change.roleId, organisationId: change.organisationId };
      return withGroup(change.groupId, (g) => {
        const plan = g.staffingPlan ?? { entries: [] };
        const changed = change.type === 'fillGroupSeat' ? fillSeat(plan, seat, change.personId) : leaveSeat(plan, seat, change.personId);
        return changed.ok ? { group: { ...g, staffingPlan: changed.plan } } : { reason: changed.reason };
      });
    }
  }
}
