// A national-scale network for the benchmark (not a sample, not a test): 21 regions and 290
// municipalities, each region with a regional network group and each municipality with a local
// working group — 311 groups — and about 900 invented people. Meetings are planned by command
// (`planMeeting`, as needed, under the group's meeting rules) and taken through their whole
// lifecycle, twelve events each.
//
// A log of a million events cannot be made by dispatching through a runtime whose dispatch cost
// grew with the log, so `generateLog` writes the events directly: each is built the way the
// runtime builds it (the command through its own schema, its fingerprint, the event body from
// the command's own definition, the role that grants it, the seal that chains it to its stream)
// and appended to the store in batches. `checkGenerator` proves the two ways give the same log:
// the same history dispatched through a runtime and generated directly, with the same event ids,
// must be equal event for event (hashes included), and replay to the same state.
import { createHash } from 'node:crypto';
import { canonicalJson, Dataset } from '../dist/index.js';
import { commandDefinitions, createMemoryStore, createSamverkan, EVENT_FORMAT, eventHash, GENESIS_HASH, trustedRecords } from '../dist/runtime/index.js';

export const REGIONS = 21;
export const MUNICIPALITIES = 290;
/** Events each meeting's whole lifecycle writes. */
export const EVENTS_PER_MEETING = 12;
/** The runtime's clock: after every generated date. */
export const CLOCK = () => '2100-01-01T00:00:00Z';
/** When the network's data is loaded; every meeting comes after. */
export const LOADED_AT = '2020-01-01T08:00:00Z';
/** The first week of meetings; meeting n of a group falls n weeks later. */
const FIRST_WEEK = Date.UTC(2020, 1, 3, 9);
const WEEK = 7 * 86_400_000;

const pad = (n, width) => String(n).padStart(width, '0');
const regionId = (r) => `se:region-${pad(r, 2)}`;
const municipalityId = (m) => `se:kommun-${pad(m, 3)}`;
const regionOf = (m) => m % REGIONS;

export const roles = {
  processLeader: 'se:processledare',
  chair: 'se:ordforande',
  representative: 'se:representant',
  administrator: 'se:natverksadministrator',
};

export const people = {
  admin: 'se:person-admin',
  leaderOfRegion: (r) => `se:person-r${pad(r, 2)}-ledare`,
  chairOfRegion: (r) => `se:person-r${pad(r, 2)}-ordf`,
  repOf: (m) => `se:person-k${pad(m, 3)}-rep`,
  leaderOfMunicipality: (m) => `se:person-k${pad(m, 3)}-ledare`,
  chairOfMunicipality: (m) => `se:person-k${pad(m, 3)}-ordf`,
};

export const groupIds = {
  region: (r) => `se:grupp-r${pad(r, 2)}`,
  municipality: (m) => `se:grupp-k${pad(m, 3)}`,
};

/** Invented names only: a first and a last name chosen by number. */
const FIRST = ['Alva', 'Bertil', 'Cecilia', 'David', 'Elin', 'Fredrik', 'Greta', 'Hampus', 'Ingrid', 'Jonas', 'Karin', 'Lars', 'Maja', 'Nils', 'Olga', 'Per', 'Rut', 'Sven', 'Tove', 'Ulf'];
const LAST = ['Ekholm', 'Fjällberg', 'Granlund', 'Hagström', 'Isaksson', 'Jämtmark', 'Kvarnström', 'Lindvall', 'Myrberg', 'Norrgård', 'Ödmark', 'Påhlsson', 'Rosenvik', 'Sjövall', 'Tallqvist'];
let personCount = 0;
const person = (id, organisationId) => {
  const n = personCount++;
  return { id, name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`, organisationId, professionalCategory: 'manager' };
};

/**
 * Each region's group: the region's process leader and chair and one representative of each of
 * its municipalities. Each municipality's group: its own process leader and chair, and its
 * representative (who so sits in two groups).
 */
export function groupsOf() {
  const groups = [];
  for (let r = 0; r < REGIONS; r++) {
    const reps = [];
    for (let m = r; m < MUNICIPALITIES; m += REGIONS) reps.push(m);
    groups.push({
      id: groupIds.region(r),
      leader: people.leaderOfRegion(r),
      chair: people.chairOfRegion(r),
      reps: reps.map((m) => ({ personId: people.repOf(m), organisationId: municipalityId(m) })),
      entries: [
        { roleId: roles.chair, personIds: [people.chairOfRegion(r)] },
        { roleId: roles.processLeader, personIds: [people.leaderOfRegion(r)] },
        ...reps.map((m) => ({ roleId: roles.representative, organisationId: municipalityId(m), personIds: [people.repOf(m)] })),
      ],
      hostOrganisationId: regionId(r),
      kind: 'network',
      name: `Regionalt nätverk ${pad(r + 1, 2)}`,
    });
  }
  for (let m = 0; m < MUNICIPALITIES; m++) {
    groups.push({
      id: groupIds.municipality(m),
      leader: people.leaderOfMunicipality(m),
      chair: people.chairOfMunicipality(m),
      reps: [{ personId: people.repOf(m), organisationId: municipalityId(m) }],
      entries: [
        { roleId: roles.chair, personIds: [people.chairOfMunicipality(m)] },
        { roleId: roles.processLeader, personIds: [people.leaderOfMunicipality(m)] },
        { roleId: roles.representative, organisationId: municipalityId(m), personIds: [people.repOf(m)] },
      ],
      hostOrganisationId: municipalityId(m),
      kind: 'workingGroup',
      name: `Lokal arbetsgrupp ${pad(m + 1, 3)}`,
    });
  }
  return groups;
}

/** The network's dataset: organisations, people, roles and groups; meetings come by command. */
export function nationalDataset() {
  personCount = 0;
  const organisations = [
    ...Array.from({ length: REGIONS }, (_, r) => ({ id: regionId(r), name: `Region ${pad(r + 1, 2)}`, kind: 'region' })),
    ...Array.from({ length: MUNICIPALITIES }, (_, m) => ({ id: municipalityId(m), name: `Kommun ${pad(m + 1, 3)}`, kind: 'municipality', municipalityCode: `9${pad(m, 3)}` })),
  ];
  const everyone = [person(people.admin, regionId(0))];
  for (let r = 0; r < REGIONS; r++) everyone.push(person(people.leaderOfRegion(r), regionId(r)), person(people.chairOfRegion(r), regionId(r)));
  for (let m = 0; m < MUNICIPALITIES; m++) {
    everyone.push(person(people.repOf(m), municipalityId(m)), person(people.leaderOfMunicipality(m), municipalityId(m)), person(people.chairOfMunicipality(m), municipalityId(m)));
  }
  return {
    id: 'se',
    name: { sv: 'Nationell samverkan (påhittad)', en: 'National collaboration (invented)' },
    description: { sv: 'Ett påhittat nationellt nätverk för prestandamätning.', en: 'An invented national network for benchmarks.' },
    organisations,
    people: everyone,
    roles: [
      { id: roles.processLeader, kind: 'processLeader', name: 'Processledare', authorities: ['convene', 'keepMinutes', 'recordAttendance', 'publishRecords', 'escalate'] },
      { id: roles.chair, kind: 'chair', name: 'Ordförande', authorities: ['approveMinutes'] },
      { id: roles.representative, kind: 'representative', name: 'Representant', authorities: ['proposeAgendaItem'] },
      { id: roles.administrator, kind: 'administrator', name: 'Nätverksadministratör', authorities: ['administerNetwork', 'erasePersonalData'] },
    ],
    groups: groupsOf().map((g) => ({
      id: g.id,
      kind: g.kind,
      name: g.name,
      hostOrganisationId: g.hostOrganisationId,
      meetingRules: { agendaLeadTimeDays: 10, minutesDueDays: 21 },
      staffingPlan: { entries: g.entries },
    })),
    networkStaffing: { entries: [{ roleId: roles.administrator, organisationId: regionId(0), personIds: [people.admin] }] },
  };
}

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Meeting n of the network: which group, and when (groups take turns; each meets weekly). */
export function meetingOf(n, groups, prefix = 'm') {
  const g = groups[n % groups.length];
  const startsAt = FIRST_WEEK + Math.floor(n / groups.length) * WEEK;
  return { n, id: `se:${prefix}${n}`, group: g, startsAt };
}

/**
 * The commands of a meeting's whole lifecycle (or its first `count`), from planning to published
 * minutes, each dated relative to the meeting.
 */
export function meetingCommands(meeting, count = EVENTS_PER_MEETING) {
  const { group, startsAt, id } = meeting;
  const at = (hours) => iso(startsAt + hours * 3_600_000);
  const c = (type, hours, by, extra = {}) => ({ type, id: `${id}-${type}-${hours}`, by, at: at(hours), meetingId: id, ...extra });
  const rep = (i) => group.reps[i % group.reps.length];
  const item = (k) => ({ id: `p${k}`, title: `Punkt ${k}`, kind: 'discussion', durationMinutes: 20 });
  return [
    c('planMeeting', -40 * 24, group.leader, { meeting: { id, groupId: group.id, title: `Möte ${meeting.n}`, startsAt: at(0), durationMinutes: 120 } }),
    c('openCall', -30 * 24, group.leader),
    c('proposeAgendaItem', -29 * 24, rep(0).personId, { item: item(1) }),
    c('proposeAgendaItem', -28 * 24, rep(1).personId, { item: item(2) }),
    c('proposeAgendaItem', -27 * 24, rep(2).personId, { item: item(3) }),
    c('publishAgenda', -20 * 24, group.leader),
    c('sendInvitations', -19 * 24, group.leader),
    c('holdMeeting', 0.1, group.leader),
    c('recordAttendance', 3, group.leader, { records: [{ personId: rep(0).personId, organisationId: rep(0).organisationId, status: 'present', mode: 'onSite' }] }),
    c('draftMinutes', 24, group.leader, { minutes: { items: [{ itemId: 'p1', discussed: 'Diskuterat' }], decisions: [], actions: [], escalations: [] } }),
    c('approveMinutes', 48, group.chair),
    c('publishMinutes', 72, group.leader),
  ].slice(0, count);
}

/** The role that grants each command in this network (the one `decideAuthority` finds). */
const roleOfCommand = {
  proposeAgendaItem: roles.representative,
  approveMinutes: roles.chair,
};

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Builds stored-to-be events directly, as `dispatch` would for a command accepted in this
 * network: the command through its definition's schema, its fingerprint (everything but id and
 * time), the event body from the definition (`creates` or `event`), sealed to its stream.
 */
export function createEventWriter(dataset, newId) {
  const parsedDataset = Dataset.parse(dataset);
  const ctx = { state: { dataset: parsedDataset, mandates: new Map() }, aggregate: undefined };
  /** Each stream's version and head hash. */
  const heads = new Map();
  return function eventsOf(raw) {
    const def = commandDefinitions.get(raw.type);
    const command = def.schema.parse(raw);
    const { id: _id, at: _at, ...content } = command;
    const commandHash = sha256(canonicalJson(content));
    const stream = `${def.kind}:${def.target(command)}`;
    const data = def.creates ? { create: def.creates(command, ctx).input } : def.event(command, ctx);
    const reason = def.reason?.(command);
    const head = heads.get(stream) ?? { version: 0, hash: GENESIS_HASH };
    const fields = {
      id: newId(),
      type: def.type,
      by: command.by,
      at: command.at,
      role: roleOfCommand[def.type] ?? roles.processLeader,
      commandId: command.id,
      ...(reason ? { reason } : {}),
      data,
      commandHash,
      format: EVENT_FORMAT,
      previousHash: head.hash,
    };
    const version = head.version + 1;
    const hash = eventHash({ ...fields, stream, version });
    heads.set(stream, { version, hash });
    return { stream, expectedVersion: version - 1, events: [{ ...fields, hash }] };
  };
}

/** Event ids as the runtime's `newId` option makes them, so both ways can use the same ones. */
export function counterIds(prefix = 'e') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/**
 * A memory store holding the network's dataset and about `size` events of meetings: all but the
 * last four weeks' meetings through their whole lifecycle, those planned with the call for items
 * open (upcoming meetings). Returns the store, the meetings and the moment "now" stands at.
 */
export async function generateLog(size, { store = createMemoryStore(), batch = 20_000 } = {}) {
  const dataset = nationalDataset();
  const newId = counterIds();
  const loader = await createSamverkan({ store, identity: trustedRecords(), clock: CLOCK, newId });
  const loaded = await loader.load(dataset, { by: people.admin, at: LOADED_AT, commandId: 'load-se' });
  if (!loaded.ok) throw new Error(`the national dataset did not load: ${loaded.message.en}`);
  await loader.close();
  const groups = groupsOf();
  const eventsOf = createEventWriter(dataset, newId);
  // Up to four weeks of upcoming meetings (a tenth of the log at most), two events each.
  const ahead = Math.min(4 * groups.length, Math.floor(size / 20));
  const aheadFrom = Math.max(0, Math.ceil((size - 1 - 2 * ahead) / EVENTS_PER_MEETING));
  const meetingsTotal = aheadFrom + ahead;
  let parts = [];
  let events = 1;
  const flush = async () => {
    if (parts.length === 0) return;
    const result = await store.appendBatch(parts);
    if (!result.ok) throw new Error(`generated events refused by the store: ${result.message.en}`);
    parts = [];
  };
  for (let n = 0; n < meetingsTotal; n++) {
    const meeting = meetingOf(n, groups);
    for (const command of meetingCommands(meeting, n >= aheadFrom ? 2 : EVENTS_PER_MEETING)) {
      parts.push(eventsOf(command));
      events++;
    }
    if (parts.length >= batch) await flush();
  }
  await flush();
  const now = iso(meetingOf(aheadFrom, groups).startsAt - 2 * 86_400_000);
  return { store, dataset, groups, events, meetings: meetingsTotal, nextMeeting: meetingsTotal, now };
}

/**
 * The generator's proof: a short history (some meetings of several groups) dispatched command by
 * command through a runtime, and the same history generated directly, with the same event ids,
 * give equal logs — every field, hashes included — and equal replayed states.
 */
export async function checkGenerator(meetings = 30) {
  const dataset = nationalDataset();
  const groups = groupsOf();
  const commands = Array.from({ length: meetings }, (_, n) => meetingCommands(meetingOf(n * 7, groups), n % 5 === 4 ? 2 : EVENTS_PER_MEETING)).flat();

  const dispatched = createMemoryStore();
  const sv = await createSamverkan({ store: dispatched, identity: trustedRecords(), clock: CLOCK, newId: counterIds() });
  const loaded = await sv.load(dataset, { by: people.admin, at: LOADED_AT, commandId: 'load-se' });
  if (!loaded.ok) throw new Error(`check: load refused: ${loaded.message.en}`);
  for (const command of commands) {
    const result = await sv.dispatch(command);
    if (!result.ok) throw new Error(`check: ${command.type} ${command.meetingId} refused: ${result.message.en}`);
  }

  const generated = createMemoryStore();
  const newId = counterIds();
  const loader = await createSamverkan({ store: generated, identity: trustedRecords(), clock: CLOCK, newId });
  await loader.load(dataset, { by: people.admin, at: LOADED_AT, commandId: 'load-se' });
  const eventsOf = createEventWriter(dataset, newId);
  const batch = await generated.appendBatch(commands.map(eventsOf));
  if (!batch.ok) throw new Error(`check: generated events refused: ${batch.message.en}`);

  const a = await dispatched.readAll();
  const b = await generated.readAll();
  if (a.length !== b.length) throw new Error(`check: ${a.length} events dispatched, ${b.length} generated`);
  for (let i = 0; i < a.length; i++) {
    if (canonicalJson(a[i]) !== canonicalJson(b[i])) throw new Error(`check: event ${i} differs:\n${canonicalJson(a[i])}\n${canonicalJson(b[i])}`);
  }
  const replayed = await createSamverkan({ store: generated, identity: trustedRecords(), clock: CLOCK });
  const state = replayed.getState();
  if (state.damaged.length > 0) throw new Error(`check: the generated log replays with damage: ${JSON.stringify(state.damaged[0])}`);
  const live = [...sv.getState().meetings.values()].map((m) => canonicalJson({ id: m.id, state: m.state, version: m.version, context: m.context }));
  const again = [...state.meetings.values()].map((m) => canonicalJson({ id: m.id, state: m.state, version: m.version, context: m.context }));
  if (live.join('\n') !== again.join('\n')) throw new Error('check: the generated log replays to another state than the dispatched one');
  return { events: a.length, meetings: live.length };
}
