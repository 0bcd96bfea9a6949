import type { CommandDefinition } from '../command-definition.js';
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
export const commandMachineEvents: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(commandList.flatMap((d) => (d.machineEvent === undefined ? [] : [[d.type, d.machineEvent]]))),
);
