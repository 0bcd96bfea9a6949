import type { AgreementEvent } from '../../agreement/agreement.events.js';
import type { CommunicationPlanEvent } from '../../communication/communication-plan.events.js';
import type { DeliverableEvent } from '../../deliverable/deliverable.events.js';
import type { MandateEvent } from '../../mandate/mandate.events.js';
import type { MeetingEvent } from '../../meeting/meeting.events.js';
import type { DialogueSeminarEvent } from '../../seminar/dialogue-seminar.events.js';
import type { ThemeEvent } from '../../seminar/theme.events.js';
import type { CommandDefinition } from '../command-definition.js';
import type { CommandType } from '../command-labels.js';
import { communicationCommands } from './communication.commands.js';
import { agreementCommands, deliverableCommands } from './deliverable.commands.js';
import { mandateCommands } from './mandate.commands.js';
import { meetingCommands } from './meeting.commands.js';
import { networkCommands } from './network.commands.js';
import { seminarCommands, themeCommands } from './seminar.commands.js';

/** Every command definition, each with its schema's own type (see `CommandInput`). */
export const commandList = [
  ...networkCommands,
  ...mandateCommands,
  ...meetingCommands,
  ...themeCommands,
  ...seminarCommands,
  ...deliverableCommands,
  ...agreementCommands,
  ...communicationCommands,
];

/** Every command the runtime accepts, by type. */
export const commandDefinitions: ReadonlyMap<string, CommandDefinition> = new Map(commandList.map((d) => [d.type, d]));

export const commandTypes: readonly string[] = [...commandDefinitions.keys()];

/**
 * The machine event each lifecycle command becomes, by command type — the documented mapping
 * between the runtime's names and the machines' (most are the same; `assignMeetingRoles` →
 * `assignRoles`, `fillSeat` → `amend` …). Commands that create a record or change the directory
 * are not in it.
 */
export const commandMachineEvents: Readonly<Partial<Record<CommandType, MachineEventType>>> = Object.freeze(
  Object.fromEntries(commandList.flatMap((d) => (d.machineEvent === undefined ? [] : [[d.type, d.machineEvent]]))),
);

/** The type of an event one of the lifecycle machines accepts: what a lifecycle command becomes (`commandMachineEvents`). */
export type MachineEventType =
  | MandateEvent['type']
  | MeetingEvent['type']
  | ThemeEvent['type']
  | DialogueSeminarEvent['type']
  | DeliverableEvent['type']
  | AgreementEvent['type']
  | CommunicationPlanEvent['type'];
