// Benchmark (not a test): command dispatch and replay throughput of the runtime for a
// generated large network, next to a plain reducer over the same events measured in the same
// run. Prints events per second and the ratio, then the time to load each sample (dataset and
// history, one batch) into a memory store. Run after a build: `pnpm bench`.
import { performance } from 'node:perf_hooks';
import { createMemoryStore, createSamverkan, trustedRecords } from '../dist/runtime/index.js';
import { createSampleRuntime, fyrbodal, sampleAdministrators, sampleHistories } from '../dist/samples/index.js';

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 1500);
const leader = 'fyrbodal:person-001'; // Helena Vik, the process leader
const reps = fyrbodal.people.filter((p) => p.title && p.id !== leader && p.organisationId.startsWith('fyrbodal:') && p.id !== 'fyrbodal:person-002').map((p) => p.id);
const series = fyrbodal.mandates[0].meetings[0];

/** A network with MEETINGS meetings spread over the years, one a week. */
function largeNetwork() {
  const meetings = [];
  for (let i = 0; i < MEETINGS; i++) {
    const day = new Date(Date.UTC(2019, 0, 10) + i * 7 * 86_400_000).toISOString().slice(0, 10);
    meetings.push({ id: `m${i}`, seriesId: series.id, groupId: series.groupId, title: `Möte ${i}`, startsAt: `${day}T09:00:00Z`, durationMinutes: 120 });
  }
  return { ...fyrbodal, meetings };
}

function isoPlus(day, hours) {
  return new Date(Date.parse(`${day}T09:00:00Z`) + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
}

/** Eleven commands that take a meeting from the call for items to published minutes. */
function commandsFor(meeting) {
  const day = meeting.startsAt.slice(0, 10);
  const c = (type, hoursFromStart, extra = {}, by = leader) => ({ type, id: `${meeting.id}-${type}-${hoursFromStart}`, by, at: isoPlus(day, hoursFromStart), meetingId: meeting.id, ...extra });
  const item = (n) => ({ id: `p${n}`, title: `Punkt ${n}`, kind: 'discussion', durationMinutes: 20 });
  return [
    c('openCall', -30 * 24),
    c('proposeAgendaItem', -29 * 24, { item: item(1) }, reps[0]),
    c('proposeAgendaItem', -28 * 24, { item: item(2) }, reps[1]),
    c('proposeAgendaItem', -27 * 24, { item: item(3) }, reps[2]),
    c('publishAgenda', -20 * 24),
    c('sendInvitations', -19 * 24),
    c('holdMeeting', 0.1),
    c('recordAttendance', 3, { records: [{ personId: reps[0], organisationId: fyrbodal.people.find((p) => p.id === reps[0]).organisationId, status: 'present', mode: 'onSite' }] }),
    c('draftMinutes', 24, { minutes: { items: [{ itemId: 'p1', discussed: 'Diskuterat' }], decisions: [], actions: [], escalations: [] } }),
    c('approveMinutes', 48),
    c('publishMinutes', 72),
  ];
}

/** The baseline: a hand-written reducer over the same stored events, no schemas, no machines. */
function plainReducer(events) {
  const meetings = new Map();
  for (const e of events) {
    if (!e.stream.startsWith('meeting:')) continue;
    const m = meetings.get(e.stream) ?? { status: 'planned', agenda: [], attendance: [], minutes: undefined };
    switch (e.type) {
      case 'openCall': meetings.set(e.stream, { ...m, status: 'collectingItems' }); break;
      case 'proposeAgendaItem': meetings.set(e.stream, { ...m, agenda: [...m.agenda, { ...e.data.item, proposedBy: e.by }] }); break;
      case 'publishAgenda': meetings.set(e.stream, { ...m, status: 'agendaPublished', publishedAt: e.at }); break;
      case 'sendInvitations': meetings.set(e.stream, { ...m, status: 'invited' }); break;
      case 'holdMeeting': meetings.set(e.stream, { ...m, status: 'held' }); break;
      case 'recordAttendance': meetings.set(e.stream, { ...m, attendance: e.data.records }); break;
      case 'draftMinutes': meetings.set(e.stream, { ...m, status: 'minutesDrafted', minutes: e.data.minutes }); break;
      case 'approveMinutes': meetings.set(e.stream, { ...m, status: 'minutesApproved' }); break;
      case 'publishMinutes': meetings.set(e.stream, { ...m, status: 'published' }); break;
      default: break;
    }
  }
  return meetings;
}

const rate = (n, ms) => Math.round((n / ms) * 1000);

const store = createMemoryStore();
// The generated meetings run a week apart for decades: the runtime's clock stands after the last.
const sv = await createSamverkan({ store, identity: trustedRecords(), clock: () => '2100-01-01T00:00:00Z' });
const network = largeNetwork();
await sv.load(network, { by: sampleAdministrators.fyrbodal, at: '2019-01-01T00:00:00Z' });
const commands = network.meetings.flatMap(commandsFor);

let t = performance.now();
for (const command of commands) {
  const result = await sv.dispatch(command);
  if (!result.ok) throw new Error(`${command.type} ${command.meetingId}: ${result.message.en}`);
}
const dispatchMs = performance.now() - t;
const events = (await store.readAll()).filter((e) => e.stream !== 'dataset');

t = performance.now();
const replayed = await createSamverkan({ store, identity: trustedRecords() });
const replayMs = performance.now() - t;
const published = [...replayed.getState().meetings.values()].filter((m) => m.status === 'published').length;

// The same replay in slices (`replay: { yieldEvery }`): its total time, and the longest gap a
// chain of 0 ms timers saw meanwhile, i.e. the longest task the replay kept the loop busy.
const YIELD_EVERY = Number(process.env.BENCH_YIELD_EVERY ?? 8);
let lastTick = performance.now();
let longestTask = 0;
let ticking = true;
const tick = () => {
  const now = performance.now();
  longestTask = Math.max(longestTask, now - lastTick);
  lastTick = now;
  if (ticking) setTimeout(tick, 0);
};
setTimeout(tick, 0);
t = performance.now();
await createSamverkan({ store, identity: trustedRecords(), replay: { yieldEvery: YIELD_EVERY } });
const slicedMs = performance.now() - t;
longestTask = Math.max(longestTask, performance.now() - lastTick);
ticking = false;

// The baseline runs a few times so that the figure is not a single cold pass.
const rounds = 20;
t = performance.now();
let baseline;
for (let i = 0; i < rounds; i++) baseline = plainReducer(events);
const baselineMs = (performance.now() - t) / rounds;

console.log(`network: ${MEETINGS} meetings, ${commands.length} commands, ${events.length} events (${published} meetings published after replay; baseline agrees: ${[...baseline.values()].filter((m) => m.status === 'published').length})`);
console.log(`dispatch (schema → authority → machine → append): ${rate(events.length, dispatchMs).toLocaleString('sv-SE')} events/s (${dispatchMs.toFixed(0)} ms)`);
console.log(`replay (whole log through the machines):        ${rate(events.length, replayMs).toLocaleString('sv-SE')} events/s (${replayMs.toFixed(0)} ms)`);
console.log(`${`replay in slices of ${YIELD_EVERY} ms:`.padEnd(48)} ${rate(events.length, slicedMs).toLocaleString('sv-SE')} events/s (${slicedMs.toFixed(0)} ms, longest task ${longestTask.toFixed(0)} ms)`);
console.log(`plain-reducer baseline over the same events:     ${rate(events.length, baselineMs).toLocaleString('sv-SE')} events/s (${baselineMs.toFixed(1)} ms)`);
console.log(`ratio baseline / replay: ${(replayMs / baselineMs).toFixed(1)} × · baseline / dispatch: ${(dispatchMs / baselineMs).toFixed(1)} ×`);

// Loading each sample (its dataset and whole history, checked command by command and written
// as one batch) into a fresh memory store: the median of LOAD_ROUNDS loads after one warm-up.
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 7);
console.log(`sample load into a memory store (median of ${LOAD_ROUNDS}, after one warm-up):`);
for (const sampleId of Object.keys(sampleHistories)) {
  await createSampleRuntime(sampleId, createMemoryStore());
  const times = [];
  let commandsLoaded = 0;
  let eventsLoaded = 0;
  for (let i = 0; i < LOAD_ROUNDS; i++) {
    const target = createMemoryStore();
    const started = performance.now();
    const { commands: n } = await createSampleRuntime(sampleId, target);
    times.push(performance.now() - started);
    commandsLoaded = n;
    eventsLoaded = (await target.readAll()).length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`  ${sampleId.padEnd(13)} ${String(commandsLoaded).padStart(4)} commands, ${String(eventsLoaded).padStart(4)} events: ${median.toFixed(1)} ms`);
}
