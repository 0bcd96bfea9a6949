/**
 * What the operator does from the command line (`samverkan-server`), as functions a program can
 * call too:
 *
 * - `createNetwork`: a new network from a dataset file, its first administrator bound to a
 *   sign-in claim (`email:…`, `sub:…`, `hsaId:…`). The administrator is the person the dataset
 *   seats with `administerNetwork` in its network staffing; the load is theirs, made through
 *   core's runtime like any other.
 * - `exportNetwork`: the network's log as JSON lines — a header, every stored event in log
 *   order, and the personal-data part (names and contact details are needed to restore it, so a
 *   backup is personal data: keep it as such).
 * - `importNetwork`: such a file into a network that does not exist yet, in one transaction, after
 *   replaying it apart first: a backup whose events do not check out (a changed, missing or
 *   reordered event) is refused and nothing is written. Restored elsewhere, it replays to the
 *   same state.
 */
import { Dataset, parseWith, type PersonalDataRecord } from '@samverkan/core';
import {
  authoritiesHeld,
  createMemoryStore,
  createSamverkan,
  networkStaffing,
  sessionIdentity,
  type Clock,
  type CommandResult,
  type RuntimeState,
  type StoredEvent,
  type StreamAppend,
} from '@samverkan/core/runtime';
import { NETWORK_NAME, type NetworkStores } from '../networks/network-stores.js';
import type { SignInClaim } from '../networks/person-binding.js';

/** A claim as the command line writes it: `email:anna.ek@kommun.se`, `sub:…`, `hsaId:SE…`. */
export function parseClaim(text: string): SignInClaim {
  const match = /^(email|sub|hsaId):(.+)$/.exec(text.trim());
  if (!match) throw new Error(`«${text}» is not a sign-in claim: write email:<address>, sub:<subject> or hsaId:<HSA id>. / «${text}» är inget inloggningsanspråk: skriv email:<adress>, sub:<subjekt> eller hsaId:<HSA-id>.`);
  const kind = match[1] as SignInClaim['kind'];
  return { kind, value: kind === 'email' ? match[2]!.trim().toLowerCase() : match[2]!.trim() };
}

export interface CreateNetworkOptions {
  stores: NetworkStores;
  /** The network's name (lower-case letters, digits and dashes); default the dataset's id. */
  network?: string;
  /** The dataset (as read from a JSON file). */
  dataset: unknown;
  /** The sign-in claim of the network's first administrator. */
  admin: SignInClaim;
  /** Which person that is, where the dataset seats several administrators. */
  adminPersonId?: string;
  clock?: Clock;
}

/** Creates a network; resolves with its name, its administrator and the load's result (throws when refused). */
export async function createNetwork(options: CreateNetworkOptions): Promise<{ network: string; adminPersonId: string; result: CommandResult }> {
  const parsed = parseWith(Dataset, options.dataset);
  if (!parsed.ok) throw new Error(`The dataset is not valid: ${parsed.message.en} / Datamängden är inte giltig: ${parsed.message.sv}`);
  const dataset = parsed.value;
  const network = options.network ?? dataset.id;
  if (!NETWORK_NAME.test(network)) throw new Error(`«${network}» cannot name a network: lower-case letters, digits and dashes, 1–63 characters.`);
  if (await options.stores.exists(network)) throw new Error(`The network «${network}» exists already. / Nätverket «${network}» finns redan.`);

  const proposed = { dataset, mandates: new Map(), meetings: new Map(), themes: new Map(), seminars: new Map(), deliverables: new Map(), agreements: new Map(), communicationPlans: new Map(), damaged: [] } as RuntimeState;
  const plans = networkStaffing(proposed);
  const administrators = dataset.people.filter((person) => authoritiesHeld(proposed, person.id, { plans }).has('administerNetwork')).map((person) => person.id);
  const adminPersonId = options.adminPersonId ?? (administrators.length === 1 ? administrators[0] : undefined);
  if (!adminPersonId || !administrators.includes(adminPersonId)) {
    throw new Error(
      administrators.length === 0
        ? 'The dataset seats nobody with administerNetwork in its networkStaffing: it names no administrator. / Datamängden ger ingen befogenheten administerNetwork i sin networkStaffing.'
        : `Say which administrator the claim is (--admin-person): ${administrators.join(', ')}. / Ange vilken administratör anspråket gäller (--admin-person): ${administrators.join(', ')}.`,
    );
  }
  const withClaim = {
    ...dataset,
    people: dataset.people.map((person) =>
      person.id === adminPersonId
        ? { ...person, identityClaims: [...(person.identityClaims ?? []).filter((c) => !(c.kind === options.admin.kind && c.value === options.admin.value)), options.admin] }
        : person,
    ),
  };

  const store = await options.stores.open(network);
  try {
    const runtime = await createSamverkan({ store, identity: sessionIdentity(() => adminPersonId), ...(options.clock ? { clock: options.clock } : {}) });
    const result = await runtime.load(withClaim);
    await runtime.close();
    if (!result.ok) throw new Error(`The network could not be created: ${result.message.en} / Nätverket kunde inte skapas: ${result.message.sv}`);
    return { network, adminPersonId, result };
  } finally {
    await store.close();
  }
}

/** The first line of an export. */
export interface LogExport {
  samverkan: 'network-log';
  format: 1;
  network: string;
  exportedAt: string;
  events: number;
  people: number;
}

/** Writes the network's log as JSON lines to `write`; resolves with the header. */
export async function exportNetwork(options: { stores: NetworkStores; network: string; write: (line: string) => void | Promise<void>; clock?: Clock }): Promise<LogExport> {
  if (!(await options.stores.exists(options.network))) throw new Error(`The network «${options.network}» does not exist. / Nätverket «${options.network}» finns inte.`);
  const store = await options.stores.open(options.network);
  try {
    const events = await store.readAll();
    const people = (await store.readPersonalData?.()) ?? [];
    const header: LogExport = { samverkan: 'network-log', format: 1, network: options.network, exportedAt: (options.clock ?? (() => new Date().toISOString()))(), events: events.length, people: people.length };
    await options.write(JSON.stringify(header));
    for (const event of events) await options.write(JSON.stringify({ event }));
    for (const record of people) await options.write(JSON.stringify({ personalData: record }));
    return header;
  } finally {
    await store.close();
  }
}

/** Reads an export's lines into the network `network` (which must not exist); resolves with what was written. */
export async function importNetwork(options: { stores: NetworkStores; network: string; lines: AsyncIterable<string> | Iterable<string> }): Promise<{ events: number; people: number; state: RuntimeState }> {
  const { network } = options;
  if (!NETWORK_NAME.test(network)) throw new Error(`«${network}» cannot name a network: lower-case letters, digits and dashes, 1–63 characters.`);
  const events: StoredEvent[] = [];
  const people: PersonalDataRecord[] = [];
  let header: LogExport | undefined;
  let lineNumber = 0;
  for await (const line of options.lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`Line ${lineNumber} is not JSON. / Rad ${lineNumber} är inte JSON.`);
    }
    if (!header) {
      if (value.samverkan !== 'network-log' || value.format !== 1) throw new Error('This is not a Samverkan network log (format 1). / Det här är ingen logg från Samverkan (format 1).');
      header = value as unknown as LogExport;
    } else if (value.event && typeof value.event === 'object') {
      events.push(value.event as StoredEvent);
    } else if (value.personalData && typeof value.personalData === 'object') {
      people.push(value.personalData as PersonalDataRecord);
    } else {
      throw new Error(`Line ${lineNumber} is neither an event nor personal data. / Rad ${lineNumber} är varken en händelse eller personuppgifter.`);
    }
  }
  if (!header) throw new Error('The log is empty. / Loggen är tom.');
  if (header.events !== events.length || header.people !== people.length) {
    throw new Error(`The log is cut short: the header promises ${header.events} events and ${header.people} people, the file has ${events.length} and ${people.length}. / Loggen är avkortad.`);
  }
  for (let i = 1; i < events.length; i++) {
    if (!(events[i]!.position > events[i - 1]!.position)) throw new Error(`The events are not in log order at line ${i + 2}. / Händelserna ligger inte i loggens ordning.`);
  }
  const parts = partsOf(events, people);

  // Replayed apart first: a log that does not check out is refused before anything is written.
  const trial = createMemoryStore();
  const tried = await trial.appendBatch!(parts);
  if (!tried.ok || tried.events.length !== events.length) throw new Error('The log does not fit together (versions or command ids repeat). Nothing was written. / Loggen hänger inte ihop. Inget skrevs.');
  const replay = await createSamverkan({ store: trial, identity: sessionIdentity(() => undefined) });
  const { damaged } = replay.getState();
  await replay.close();
  if (damaged.length > 0) {
    throw new Error(`The log is damaged and was not imported: ${damaged.map((d) => `${d.stream} (${d.code})`).join(', ')}. Nothing was written. / Loggen är skadad och lästes inte in.`);
  }

  if (await options.stores.exists(network)) throw new Error(`The network «${network}» exists already: import into a new name. / Nätverket «${network}» finns redan.`);
  const store = await options.stores.open(network);
  try {
    if (!store.appendBatch) throw new Error('This store cannot write a batch.');
    const written = await store.appendBatch(parts);
    if (!written.ok) throw new Error(`The import met a conflict (${written.message.en}). Nothing was written.`);
    const check = await createSamverkan({ store, identity: sessionIdentity(() => undefined) });
    const state = check.getState();
    await check.close();
    return { events: written.events.length, people: people.length, state };
  } finally {
    await store.close();
  }
}

/** The log as batch parts: each run of one stream's events, at the version before it; the personal data with the first. */
function partsOf(events: readonly StoredEvent[], people: readonly PersonalDataRecord[]): StreamAppend[] {
  const parts: Array<{ stream: string; expectedVersion: number; events: StoredEvent[] }> = [];
  for (const event of events) {
    const last = parts.at(-1);
    if (last && last.stream === event.stream && last.events.at(-1)!.version + 1 === event.version) last.events.push(event);
    else parts.push({ stream: event.stream, expectedVersion: event.version - 1, events: [event] });
  }
  return parts.map((part, index) => ({
    stream: part.stream,
    expectedVersion: part.expectedVersion,
    events: part.events.map(({ stream: _stream, version: _version, position: _position, ...event }) => event),
    ...(index === 0 && people.length > 0 ? { personalData: { put: people } } : {}),
  }));
}
