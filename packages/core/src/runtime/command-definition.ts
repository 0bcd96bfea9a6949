/**
 * How a command is described once and used everywhere: its schema (validated at the edge),
 * the aggregate it targets, the one authority it needs, where that authority may come from,
 * and the machine event it becomes. `createSamverkan` and `can` read only these.
 */
import * as z from 'zod';
import type { Authority } from '../role/authority.js';
import type { LocalizedText } from '../shared/localized.js';
import { Id, Instant } from '../shared/primitives.schema.js';
import type { StaffingPlan } from '../staffing/staffing-plan.schema.js';
import type { Aggregate } from './aggregates.js';
import type { CommandError } from './errors.js';
import type { AggregateKind, RuntimeState } from './state.js';

/** What every command carries: its own id (retries are recorded once), who, when, optionally as which role. */
export const CommandEnvelope = z.strictObject({
  /** Unique per command; a retried command with the same id is recorded once. */
  id: Id,
  /** The person acting. */
  by: Id,
  /** When; the machines take time from here, never from the clock. */
  at: Instant,
  /** The role the person acts in; when omitted, the runtime picks a role that holds the authority. */
  as: Id.optional(),
});
export type CommandEnvelope = z.infer<typeof CommandEnvelope>;

/**
 * A seat that comes from a relation rather than a staffing plan: the commissioner of a mandate
 * holds its authorities through the mandate naming them. Acting through it is recorded in the
 * role `roleId`.
 */
export interface RelationSeat {
  roleId: string;
  personIds: readonly string[];
  /** What the relation lets its holders do (in addition to their role's own authorities). */
  authorities: readonly Authority[];
}

/** Where an authority may come from for this command. */
export interface AuthorityScope {
  plans: StaffingPlan[];
  /** Seats held through a relation (the commissioner of a mandate). */
  relations?: RelationSeat[];
  /**
   * When set, a role held for an organisation counts only for this organisation. `null`: the
   * command concerns a seat of no organisation (a chair's), so only roles held for no
   * organisation count — an organisation's appointer appoints to its own seats only.
   */
  organisationId?: string | null;
  /**
   * The group or mandate the plans are those of: where a person holds the authority in another
   * one, a refusal names both.
   */
  within?: { kind: 'group' | 'mandate'; id: string };
}

export interface CommandContext {
  state: RuntimeState;
  /** The targeted aggregate (undefined for a command that creates one). */
  aggregate: Aggregate | undefined;
}

/** A machine event without `by` and `at`, which the runtime adds from the command. */
export type MachineEventBody = { type: string } & Record<string, unknown>;

/**
 * What a command acts on: a record with a lifecycle (its own stream), or the network's directory
 * (`network`: people, groups and their staffing, on the dataset stream).
 */
export type CommandKind = AggregateKind | 'network';

/** What every command's schema parses to: the envelope, the type and the payload. */
export type CommandSchema = z.ZodType<Record<string, unknown> & CommandEnvelope & { type: string }>;

/**
 * A command's definition. `S` is its schema's own type, kept so that `CommandInput` (the union of
 * every command's input) is derived from the definitions, never written twice.
 */
export interface CommandDefinition<S extends z.ZodType = CommandSchema> {
  type: string;
  kind: CommandKind;
  schema: S;
  /** The id of the targeted aggregate. */
  target: (command: Record<string, unknown>) => string;
  /**
   * For commands that create an aggregate: the machine's input, or a refusal when something
   * it refers to does not exist.
   */
  creates?: (command: Record<string, unknown>, ctx: CommandContext) => { input: unknown } | { missing: LocalizedText };
  authority: (command: Record<string, unknown>, ctx: CommandContext) => Authority;
  scope: (command: Record<string, unknown>, ctx: CommandContext) => AuthorityScope;
  /**
   * Directory commands: NOT_FOUND (or NOT_ALLOWED_NOW) where what the command acts on is not there
   * — checked before authority, as a record that does not exist is.
   */
  found?: (command: Record<string, unknown>, ctx: CommandContext) => CommandError | undefined;
  /**
   * A rule the command must also meet once its sender holds the authority — what it refers to
   * exists (a reviewing body), the commissioner it names may be one — or the typed refusal.
   */
  check?: (command: Record<string, unknown>, ctx: CommandContext) => CommandError | undefined;
  /**
   * The type of the machine event a lifecycle command becomes, where its name differs or not
   * (`assignMeetingRoles` → `assignRoles`): the one documented mapping between the runtime's
   * command names and the machines' event names (`commandMachineEvents`).
   */
  machineEvent?: string;
  /** The machine event (lifecycle commands), or the directory change (network commands). */
  event?: (command: Record<string, unknown>, ctx: CommandContext) => MachineEventBody;
  /** The reason a person gave, kept in the audit trail. */
  reason?: (command: Record<string, unknown>) => string | undefined;
}

/** A command's definition with its schema's type kept (see `CommandInput`). */
export function defineCommand<S extends z.ZodType>(definition: CommandDefinition<S>): CommandDefinition<S> {
  return definition;
}

/** Builds a command schema: the envelope, the type, the target id field and the payload. */
export function commandSchema<T extends string, K extends string, S extends z.ZodRawShape>(
  type: T,
  targetField: K,
  payload: S,
) {
  return CommandEnvelope.extend({ type: z.literal(type), [targetField]: Id, ...payload } as {
    type: z.ZodLiteral<T>;
  } & { [P in K]: typeof Id } & S);
}

/** The payload fields of a machine event schema: everything but `type`, `by` and `at`. */
export function payloadOf<S extends z.ZodObject>(eventSchema: S) {
  return eventSchema.omit({ type: true, by: true, at: true } as never).shape as Omit<S['shape'], 'type' | 'by' | 'at'>;
}

/** The machine event for a command whose payload maps 1:1 onto the event's fields. */
export function eventFrom(type: string, targetField: string) {
  return (command: Record<string, unknown>): MachineEventBody => {
    const { id: _id, by: _by, at: _at, as: _as, type: _type, [targetField]: _target, ...fields } = command;
    return { ...fields, type };
  };
}

/**
 * A builder for the lifecycle commands of one kind of aggregate: each becomes the machine
 * event of the same payload, needs one authority and finds it in the kind's scope.
 */
export function lifecycleCommandsOf<K extends string>(
  kind: AggregateKind,
  targetField: K,
  scope: CommandDefinition['scope'],
) {
  return <T extends string, P extends z.ZodRawShape = Record<never, never>>(
    type: T,
    eventType: string,
    authority: Authority,
    payload: P = {} as P,
    extra: Omit<Partial<CommandDefinition>, 'schema'> = {},
  ) => defineCommand({
    type,
    kind,
    schema: commandSchema(type, targetField, payload),
    target: (command) => command[targetField] as string,
    authority: () => authority,
    scope,
    machineEvent: eventType,
    event: eventFrom(eventType, targetField),
    ...extra,
  });
}
