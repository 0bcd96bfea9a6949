// The runtime entry point (`@samverkan/core/runtime`): commands, authorities, stores and the
// queries a UI renders. Apart from the domain model so that an app that only validates or
// runs a machine does not carry it.
export {
  createSamverkan,
  DATASET_STREAM,
  type CanResult,
  type ClearResult,
  type CommandResult,
  type LoadMeta,
  type DispatchAllOptions,
  type DispatchAllResult,
  type ReplayOptions,
  type Samverkan,
  type SamverkanOptions,
  type SaveSnapshotsResult,
  type StartUpReport,
} from './create-samverkan.js';
export { CommandEnvelope, type AuthorityScope, type CommandDefinition, type CommandKind, type CommandSchema, type RelationSeat } from './command-definition.js';
export { demoPersonSwitcher, sessionIdentity, trustedRecords, type IdentityPolicy, type PersonSwitcher } from './identity.js';
export { DEFAULT_TIME_TOLERANCE_MS, systemClock, type Clock } from './envelope.js';
export { commissionerSeats } from './commissioner.js';
export { commandDefinitions, commandMachineEvents, commandTypes, type MachineEventType } from './commands/index.js';
export { command, type CommandInput, type CommandInputOf, type InputOf, type SchemaOf } from './command-input.js';
export {
  commandDoneLabels,
  commandLabels,
  fieldLabel,
  issueInWords,
  refusalInWords,
  type CommandType,
  type IssueInWords,
  type IssueLike,
} from './command-labels.js';
export { coreWording, createWording, type Wording, type WordingOverrides, type WordingText } from './wording.js';
export { authoritiesHeld, decideAuthority, rolesById, type AuthorityDecision } from './authority.js';
export { stateLabel, statesAcceptingEvent, whyNotNow } from './explain.js';
export { commandError, type CommandError, type ErrorCode } from './errors.js';
export { type DamageCode, type StreamDamage } from './damage.js';
export { EVENT_FORMAT, GENESIS_HASH, eventHash, eventHashInput, type HashedFields } from './event-hash.js';
export { streamOf, parseStream, machines as lifecycleMachines } from './aggregates.js';
export {
  currentMandate,
  entriesOfPerson,
  groupsOfPerson,
  mandateInForce,
  networkStaffing,
  staffingPlansForGroup,
  staffingPlansForMandate,
} from './membership.js';
export type {
  AggregateKind,
  AggregateView,
  AgreementView,
  CommunicationPlanView,
  DeliverableView,
  MandateStatus,
  MandateView,
  MeetingView,
  RuntimeState,
  SeminarView,
  ThemeView,
} from './state.js';
export { createMemoryStore } from './store/memory-store.js';
export { createIndexedDbStore, type IndexedDbFactory } from './store/indexeddb-store.js';
export { createMemorySnapshotStore } from './store/memory-snapshot-store.js';
export { createIndexedDbSnapshotStore, type IndexedDbSnapshotStoreOptions } from './store/indexeddb-snapshot-store.js';
export type { SnapshotRecord, SnapshotStore } from './store/snapshot-store.js';
export { snapshotVersions } from './snapshot-versions.js';
export {
  conflictMessage,
  type AppendResult,
  type BatchAppendResult,
  type EventStore,
  type NewEvent,
  type PersonalDataChange,
  type StoredEvent,
  type StoreListener,
  type StreamAppend,
  type StreamAppendOutcome,
} from './store/store.js';
export * from '../queries/index.js';
// The directory changes a runtime records on the dataset stream (a person added, a group set up …):
// runtime concerns, so they travel with the runtime entry, not the domain model's.
export {
  AddPersonChange,
  ChangeGroupMeetingRulesChange,
  ChangeGroupStaffingChange,
  CloseGroupChange,
  FillGroupSeatChange,
  LeaveGroupSeatChange,
  NetworkChange,
  networkChangeTypes,
  networkEventChanges,
  NewGroup,
  SetUpGroupChange,
  type NetworkChangeType,
} from '../dataset/network-change.schema.js';
export { applyNetworkChange, type DirectoryLike, type NetworkChangeResult } from '../dataset/network-change.rules.js';
// The communication plan as it runs (seed 001): its events and machine.
export {
  CancelActivityEvent,
  CommunicationPlanEvent,
  CompleteActivityEvent,
  FollowUpEvent as CommunicationFollowUpEvent,
  GoalAttainment,
  goalAttainmentLabels,
  ReviseEvent as ReviseCommunicationPlanEvent,
} from '../communication/communication-plan.events.js';
export {
  activityStatuses,
  communicationPlanMachine,
  type ActivityProgress,
  type ActivityStatus,
  type CommunicationFollowUp,
  type CommunicationPlanContext,
  type CommunicationPlanMachine,
} from '../communication/communication-plan.machine.js';
