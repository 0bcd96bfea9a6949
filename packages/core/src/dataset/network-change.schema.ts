/**
 * The changes to a network's directory (*register*) that are made by command rather than by
 * loading a whole dataset: a person joins, a group sets up a working group or closes it, a
 * group's staffing and meeting rules change, a seat is filled or left. Each is recorded on the
 * dataset stream as its own event, so the log says who changed what and when, and replay
 * applies them in order to the dataset last loaded (`applyNetworkChange`).
 */
import * as z from 'zod';
import { Group } from '../group/group.schema.js';
import { MeetingRules } from '../meeting/meeting-series.schema.js';
import { Person } from '../person/person.schema.js';
import { Id, Text } from '../shared/primitives.schema.js';
import { StaffingPlan } from '../staffing/staffing-plan.schema.js';

/**
 * A group set up by command: it always names the group that set it up (`parentGroupId`), and it
 * has its own staffing — attaching a mandate to a group stays the administrator's act, and a
 * closed group is closed by `closeGroup`.
 */
export const NewGroup = Group.omit({ mandateId: true, closedAt: true, closedReason: true }).extend({ parentGroupId: Id });
export type NewGroup = z.infer<typeof NewGroup>;

/** One seat of a group's staffing plan: the role, and the organisation it speaks for where it is per organisation. */
export const SeatRef = {
  roleId: Id,
  organisationId: Id.optional(),
};

/** Lägga till person — a person joins the network's directory (holding no seat yet). */
export const AddPersonChange = z.strictObject({
  type: z.literal('addPerson'),
  /** In the log without name, title, contact details and identity claims where the store keeps those apart. */
  person: Person.partial({ name: true }),
});

/** Tillsätta grupp — a group sets up a working group or committee under itself. */
export const SetUpGroupChange = z.strictObject({ type: z.literal('setUpGroup'), group: NewGroup });

/** Avveckla grupp — close a group; it seats no one from then on. */
export const CloseGroupChange = z.strictObject({ type: z.literal('closeGroup'), groupId: Id, reason: Text });

/** Ändra gruppens bemanning — the group's own staffing plan, whole. */
export const ChangeGroupStaffingChange = z.strictObject({
  type: z.literal('changeGroupStaffing'),
  groupId: Id,
  staffingPlan: StaffingPlan,
  reason: Text.optional(),
});

/** Ändra gruppens mötesregler — lead time, minutes deadline and place of its meetings without a series. */
export const ChangeGroupMeetingRulesChange = z.strictObject({
  type: z.literal('changeGroupMeetingRules'),
  groupId: Id,
  meetingRules: MeetingRules,
});

/** Tillsätta plats — a person takes a free place in a seat of the group's own plan (fills a vacancy). */
export const FillGroupSeatChange = z.strictObject({ type: z.literal('fillGroupSeat'), groupId: Id, ...SeatRef, personId: Id, reason: Text.optional() });

/** Lämna plats — a person leaves a seat of the group's own plan (the seat may become vacant). */
export const LeaveGroupSeatChange = z.strictObject({ type: z.literal('leaveGroupSeat'), groupId: Id, ...SeatRef, personId: Id, reason: Text.optional() });

/** Every change to the directory made by command: the data of its event on the dataset stream. */
export const NetworkChange = z.discriminatedUnion('type', [
  AddPersonChange,
  SetUpGroupChange,
  CloseGroupChange,
  ChangeGroupStaffingChange,
  ChangeGroupMeetingRulesChange,
  FillGroupSeatChange,
  LeaveGroupSeatChange,
]);
export type NetworkChange = z.infer<typeof NetworkChange>;
export type NetworkChangeType = NetworkChange['type'];

/**
 * The change each directory command records, by the command's (and its event's) type: most record
 * a change of their own name; a substitute registered at a meeting joins the directory as any
 * person does. Replay reads an event on the dataset stream as a directory change by this table.
 */
export const networkEventChanges: Readonly<Record<string, NetworkChangeType>> = {
  addPerson: 'addPerson',
  addSubstitute: 'addPerson',
  setUpGroup: 'setUpGroup',
  closeGroup: 'closeGroup',
  changeGroupStaffing: 'changeGroupStaffing',
  changeGroupMeetingRules: 'changeGroupMeetingRules',
  fillGroupSeat: 'fillGroupSeat',
  leaveGroupSeat: 'leaveGroupSeat',
};

/** The event types of directory changes, for the dataset stream's replay. */
export const networkChangeTypes: ReadonlySet<string> = new Set(Object.keys(networkEventChanges));
