// Benchmark (not a test): core at national scale (issue 17). For each log size in BENCH_SIZE
// (`10k`, `100k`, `1m`, or several: `10k,1m`; default 10k) it generates the national network's
// log (see national-network.mjs) and measures, in one process beside a plain hand-written
// reducer over the same events:
//   - replay: a runtime started over the whole log (events/s, and the ratio to the reducer);
//   - snapshot start: snapshots of every stream written after that replay; a runtime started from
//     them in a process of its own, as a server starts (snapshot-start.mjs: its time and its own
//     peak RSS; file store only); and a second runtime started from them in this process (the
//     first one let go of), with the streams it rebuilt; the rest of the figures are measured on
//     this second runtime;
//   - dispatch: commands/s of `dispatch` one by one, and of `dispatchAll` in one batch, on that runtime;
//   - queries: `upcomingMeetings` for a person and for a group (median ms);
// and once per run the ESF report over 120 000 time reports, and the process's peak RSS.
// The log is in a bench-only store over a file of JSON lines (file-log-store.mjs), so that the
// heap holds the runtime and not a second copy of the log; `BENCH_STORE=memory` puts it in a
// memory store in the same process, as before.
// Run after a build: `node bench/national.mjs` (CI runs it at 10k through `pnpm bench`).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { esfReport } from '../dist/index.js';
import { createMemoryStore, createSamverkan, trustedRecords, upcomingMeetings } from '../dist/runtime/index.js';
import { ehalsalyftet } from '../dist/samples/index.js';
import { createFileLogStore, createFileSnapshotStore } from './file-log-store.mjs';
import { checkGenerator, CLOCK, EVENTS_PER_MEETING, generateLog, groupIds, meetingCommands, meetingOf, nationalDataset, people } from './national-network.mjs';

const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const sizes = (process.env.BENCH_SIZE ?? '10k').split(',').map((s) => {
  const n = SIZES[s.trim().toLowerCase()];
  if (!n) throw new Error(`BENCH_SIZE: ${s} is none of ${Object.keys(SIZES).join(', ')}`);
  return { name: s.trim().toLowerCase(), n };
});
/** Commands dispatched one by one per size (whole meetings), at most DISPATCH_SECONDS long. */
const DISPATCH_COMMANDS = Number(process.env.BENCH_DISPATCH_COMMANDS ?? 1_200);
const DISPATCH_SECONDS = Number(process.env.BENCH_DISPATCH_SECONDS ?? 30);
/** Commands in the one `dispatchAll` batch per size. */
const BATCH_COMMANDS = Number(process.env.BENCH_BATCH_COMMANDS ?? 600);
const QUERY_ROUNDS = 21;
/** Where the generated log is kept: `file` (default, out of the heap) or `memory`. */
const STORE = process.env.BENCH_STORE ?? 'file';
if (STORE !== 'file' && STORE !== 'memory') throw new Error(`BENCH_STORE: ${STORE} is neither file nor memory`);
const ESF_REPORTS = 120_000;

const fmt = (n) => Math.round(n).toLocaleString('sv-SE');
const rate = (count, ms) => (count / ms) * 1000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const rssMb = () => process.memoryUsage().rss / 1024 / 1024;
/** The median wall time of `rounds` calls, and the median CPU time (less disturbed on a shared machine). */
function timed(fn, rounds) {
  const times = [];
  const cpu = [];
  let result;
  for (let i = 0; i < rounds; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), result };
}

/** The baseline: a hand-written reducer over the same stored events, no schemas, no machines, no checks. */
function plainReducer(events, meetings = new Map()) {
  for (const e of events) {
    if (!e.stream.startsWith('meeting:')) continue;
    const m = meetings.get(e.stream);
    switch (e.type) {
      case 'planMeeting': meetings.set(e.stream, { ...e.data.create.meeting, status: 'planned', agenda: [], attendance: [], minutes: undefined }); break;
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

const started = performance.now();
const machine = `${(await import('node:os')).cpus()[0]?.model ?? 'unknown CPU'}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}`;
console.log(`national benchmark — sizes ${sizes.map((s) => s.name).join(', ')} — ${machine} — the log in a ${STORE === 'file' ? 'file (bench-only store, out of the heap)' : 'memory store in this process'}`);

const check = await checkGenerator();
console.log(`generator check: ${check.events} events of ${check.meetings} meetings dispatched and generated are equal, hashes included, and replay alike`);

const esfFigures = {};
// ESF: 120 000 time reports of the network's people within the years the unit costs apply, with
// the unit costs of a sample. Measured first, while the heap is small: after a 1 M log, collecting
// the garbage of the large heap would be counted against the report.
{
  const everyone = nationalDataset().people;
  const unitCosts = ehalsalyftet.unitCosts;
  const categories = [...new Set(unitCosts.map((u) => u.professionalCategory))];
  const day0 = Date.UTC(2016, 0, 4); // within the sample unit costs' validity (2016–2018)
  // One report a day per person (1–8 hours; every 97th 14 hours, over the daily limit), each
  // person always in one professional category.
  const reports = Array.from({ length: ESF_REPORTS }, (_, i) => ({
    id: `tr-${i}`,
    personId: everyone[i % everyone.length].id,
    projectId: 'se',
    date: new Date(day0 + Math.floor(i / everyone.length) * 86_400_000).toISOString().slice(0, 10),
    hours: i % 97 === 0 ? 14 : 1 + (i % 8),
    activity: 'networkMeeting',
    professionalCategory: categories[(i % everyone.length) % categories.length],
  }));
  const esf = timed(() => esfReport({ reports, unitCosts }), 5);
  // The baseline: a plain loop summing hours per person and day, per person and year, and per month.
  const loop = timed(() => {
    const perDay = new Map();
    const perYear = new Map();
    const perMonth = new Map();
    for (const r of reports) {
      perDay.set(r.personId + r.date, (perDay.get(r.personId + r.date) ?? 0) + r.hours);
      perYear.set(r.personId + r.date.slice(0, 4), (perYear.get(r.personId + r.date.slice(0, 4)) ?? 0) + r.hours);
      perMonth.set(r.date.slice(0, 7), (perMonth.get(r.date.slice(0, 7)) ?? 0) + r.hours);
    }
    return perMonth.size;
  }, 3);
  console.log(`ESF report over ${fmt(ESF_REPORTS)} time reports: ${esf.ms.toFixed(0)} ms (CPU ${esf.cpuMs.toFixed(0)} ms; ${esf.result.lines.length} lines, ${esf.result.violations.length} violations) · plain loop: ${loop.ms.toFixed(1)} ms · ratio ${(esf.ms / loop.ms).toFixed(1)} ×`);
  esfFigures.ms = esf.ms;
  esfFigures.cpuMs = esf.cpuMs;
}


const results = [];
/**
 * The first size's runtime, kept for comparing dispatch at each larger size with it in
 * alternation: a meeting's commands on one, then on the other, so both see the same load of a
 * shared machine (a figure measured alone moves with whatever else runs beside it).
 */
let reference;
for (const { name, n } of sizes) {
  console.log(`\n— ${name} —`);
  let t = performance.now();
  const generated = await generateLog(n, { store: STORE === 'file' ? createFileLogStore() : createMemoryStore() });
  const { store, groups, now } = generated;
  console.log(`generated ${fmt(generated.events)} events (${fmt(generated.meetings)} meetings in ${groups.length} groups) in ${fmt(performance.now() - t)} ms`);

  const snapshots = createFileSnapshotStore();
  t = performance.now();
  let replayed = await createSamverkan({ store, identity: trustedRecords(), clock: CLOCK, snapshots });
  const replayMs = performance.now() - t;
  let state = replayed.getState();
  if (state.damaged.length > 0) throw new Error(`replay found damage: ${JSON.stringify(state.damaged[0])}`);
  if (state.meetings.size !== generated.meetings) throw new Error(`replay has ${state.meetings.size} meetings, ${generated.meetings} generated`);

  const eventCount = generated.events;
  console.log(`replay (every event checked, through the machines): ${fmt(rate(eventCount, replayMs))} events/s (${fmt(replayMs)} ms) · RSS now ${fmt(rssMb())} MB, peak so far ${fmt(peakRssMb())} MB`);

  // Snapshots of every stream, written after the replay; then the replayed runtime is let go of
  // and a second one starts from the snapshots (plus any events after them).
  t = performance.now();
  const saved = await replayed.saveSnapshots();
  if (!saved.ok) throw new Error(`saveSnapshots: ${saved.message.en}`);
  const saveMs = performance.now() - t;
  const savePeakMb = peakRssMb();
  // A few meetings' views, to compare with the runtime started from snapshots.
  const probe = (s) => [...s.meetings.values()].filter((_, i) => i % 997 === 0).map((m) => JSON.stringify(m)).join('\n');
  const published = (s) => [...s.meetings.values()].filter((m) => m.status === 'published').length;
  const expected = { probe: probe(state), meetings: state.meetings.size, people: state.dataset.people.length, published: published(state) };
  // Let go of the replayed runtime and its state, so that the second start does not share the
  // heap with them (at a million events they are gigabytes).
  await replayed.close();
  replayed = undefined;
  state = undefined;
  globalThis.gc?.();
  // The start from the snapshots in a process of its own (the log file and the snapshots kept
  // for it): its time and peak RSS are the start's alone, as a server's restart would be.
  let ownProcess;
  if (STORE === 'file') {
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(new URL('./snapshot-start.mjs', import.meta.url)), 'start', store.keep(), snapshots.dir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`the start in a process of its own failed: ${child.stderr}`);
    ownProcess = JSON.parse(child.stdout.trim().split('\n').at(-1));
    if (ownProcess.meetings !== expected.meetings) throw new Error(`the start in a process of its own has ${ownProcess.meetings} meetings, the replay ${expected.meetings}`);
    console.log(
      `snapshot start in a process of its own: ${fmt(ownProcess.startMs)} ms (CPU ${fmt(ownProcess.cpuMs)} ms; ${fmt(ownProcess.restored)} streams restored, ${fmt(ownProcess.rebuilt)} rebuilt) · the runtime's heap ${fmt(ownProcess.runtimeHeap)} MB after a full collection, the store's index ${fmt(ownProcess.indexHeap)} MB (read from the file first, in ${fmt(ownProcess.indexMs)} ms) · that process's peak RSS ${fmt(ownProcess.peak)} MB (${fmt(ownProcess.indexPeak)} MB before the start) · load ${ownProcess.load}`,
    );
  }
  t = performance.now();
  const sv = await createSamverkan({ store, identity: trustedRecords(), clock: CLOCK, snapshots });
  const snapshotMs = performance.now() - t;
  const fromSnapshots = sv.getState();
  if (sv.startUp.from !== 'snapshots') throw new Error(`the second runtime did not start from snapshots: ${JSON.stringify(sv.startUp.discarded)}`);
  if (fromSnapshots.meetings.size !== expected.meetings || fromSnapshots.dataset.people.length !== expected.people || probe(fromSnapshots) !== expected.probe || fromSnapshots.damaged.length > 0) {
    throw new Error('the runtime started from snapshots differs from the replayed one');
  }
  console.log(`snapshots saved: ${fmt(saveMs)} ms (${fmt(saved.streams)} streams, ${fmt(snapshots.bytes() / 1024 / 1024)} MB of JSON) · peak RSS so far, when they were saved: ${fmt(savePeakMb)} MB`);
  console.log(`snapshot start: ${fmt(snapshotMs)} ms (${fmt(sv.startUp.restored)} streams restored, ${fmt(sv.startUp.rebuilt)} rebuilt, ${fmt(sv.startUp.replayed)} events replayed) · replay / snapshot start: ${(replayMs / snapshotMs).toFixed(1)} × · RSS now ${fmt(rssMb())} MB, peak so far ${fmt(peakRssMb())} MB`);

  // Queries: a municipality's representative sits in its local group and its region's group.
  const person = people.repOf(0);
  const personQuery = timed(() => upcomingMeetings(sv.getState(), { now, personId: person }), QUERY_ROUNDS);
  const groupQuery = timed(() => upcomingMeetings(sv.getState(), { now, groupId: groupIds.region(0) }), QUERY_ROUNDS);
  console.log(`upcomingMeetings for a person: ${personQuery.ms.toFixed(2)} ms (${personQuery.result.length} meetings) · for a group: ${groupQuery.ms.toFixed(2)} ms (${groupQuery.result.length} meetings) (median of ${QUERY_ROUNDS})`);

  // Dispatch: new meetings after every generated one, whole lifecycles, one command at a time.
  let next = generated.nextMeeting;
  const commandsOfMeetings = (count) => Array.from({ length: count }, () => meetingCommands(meetingOf(next++, groups, 'd'))).flat();
  const toDispatch = commandsOfMeetings(Math.ceil(DISPATCH_COMMANDS / EVENTS_PER_MEETING));
  let dispatched = 0;
  t = performance.now();
  for (const command of toDispatch) {
    const result = await sv.dispatch(command);
    if (!result.ok) throw new Error(`dispatch ${command.type} ${command.meetingId}: ${result.message.en}`);
    dispatched++;
    if (performance.now() - t > DISPATCH_SECONDS * 1000 && dispatched % EVENTS_PER_MEETING === 0) break;
  }
  const dispatchMs = performance.now() - t;
  const dispatchRate = rate(dispatched, dispatchMs);
  console.log(`dispatch one by one: ${fmt(dispatchRate)} commands/s (${fmt(dispatched)} commands in ${fmt(dispatchMs)} ms)`);

  let alternating;
  if (reference) {
    const times = { here: 0, there: 0 };
    let count = 0;
    for (let k = 0; k < Math.ceil(DISPATCH_COMMANDS / EVENTS_PER_MEETING); k++) {
      for (const [where, runtime, commands] of [['here', sv, commandsOfMeetings(1)], ['there', reference.sv, reference.commandsOfMeetings(1)]]) {
        const started = performance.now();
        for (const command of commands) {
          const result = await runtime.dispatch(command);
          if (!result.ok) throw new Error(`dispatch ${command.type} ${command.meetingId}: ${result.message.en}`);
        }
        times[where] += performance.now() - started;
      }
      count += EVENTS_PER_MEETING;
    }
    alternating = { here: rate(count, times.here), there: rate(count, times.there) };
    console.log(`dispatch in alternation with ${reference.name}: ${fmt(alternating.here)} commands/s at ${name}, ${fmt(alternating.there)} at ${reference.name} · ${reference.name} / ${name}: ${(alternating.there / alternating.here).toFixed(2)} ×`);
  }

  const batch = commandsOfMeetings(Math.ceil(BATCH_COMMANDS / EVENTS_PER_MEETING));
  t = performance.now();
  const all = await sv.dispatchAll(batch);
  const batchMs = performance.now() - t;
  if (!all.ok) throw new Error(`dispatchAll: command ${all.index}: ${all.error.message.en}`);
  const batchRate = rate(batch.length, batchMs);
  console.log(`dispatchAll, one batch: ${fmt(batchRate)} commands/s (${fmt(batch.length)} commands in ${fmt(batchMs)} ms)`);

  // The baseline last, over the same events read a page at a time (only the reducer is timed),
  // so that no copy of the whole log weighs on the runtime's figures.
  const rounds = Math.max(1, Math.min(20, Math.round(200_000 / eventCount)));
  const baselineTimes = [];
  let reduced;
  for (let round = 0; round < rounds; round++) {
    let ms = 0;
    reduced = new Map();
    for (let from = 1; from <= eventCount; from += 4096) {
      const page = (await store.readPage(from, Math.min(4096, eventCount - from + 1)));
      const started = performance.now();
      plainReducer(page, reduced);
      ms += performance.now() - started;
    }
    baselineTimes.push(ms);
  }
  const baseline = { ms: median(baselineTimes) };
  // The same reducer timed with the reading of its pages (what a replay's time includes too):
  // the ratio of a replay to a plain loop that also gets the log from the store.
  const withReadTimes = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const meetings = new Map();
    for (let from = 1; from <= eventCount; from += 4096) plainReducer(await store.readPage(from, Math.min(4096, eventCount - from + 1)), meetings);
    withReadTimes.push(performance.now() - started);
  }
  const withRead = median(withReadTimes);
  const agree = [...reduced.values()].filter((m) => m.status === 'published').length === expected.published;
  const baselineRate = rate(eventCount, baseline.ms);
  reduced = undefined;
  console.log(`plain-reducer baseline over the replayed events: ${fmt(baselineRate)} events/s (${baseline.ms.toFixed(1)} ms; agrees: ${agree}) · replay / baseline: ${(replayMs / baseline.ms).toFixed(1)} × · baseline / dispatch: ${(baselineRate / dispatchRate).toFixed(0)} ×`);
  console.log(`the same reducer with the reading of its pages from the store timed too: ${withRead.toFixed(1)} ms · replay / that: ${(replayMs / withRead).toFixed(1)} ×`);
  console.log(`peak RSS so far: ${fmt(peakRssMb())} MB`);
  results.push({ name, alternating, events: eventCount, replayRate: rate(eventCount, replayMs), replayRatio: replayMs / baseline.ms, snapshotMs, ownProcess, rebuilt: sv.startUp.rebuilt, dispatchRate, batchRate, personMs: personQuery.ms, groupMs: groupQuery.ms, peakMb: peakRssMb() });
  if (!reference && sizes.length > 1) reference = { name, sv, store, commandsOfMeetings };
  else {
    await sv.close();
    await store.close();
    if (STORE === 'file') rmSync(store.keep(), { recursive: true, force: true });
  }
  await snapshots.close();
}

if (reference) {
  await reference.sv.close();
  await reference.store.close();
  if (STORE === 'file') rmSync(reference.store.keep(), { recursive: true, force: true });
}

console.log('\nsummary');
console.log('| log size | events | dispatch (cmds/s) | dispatchAll (cmds/s) | replay (events/s) | replay vs plain reducer | snapshot start, own process (ms) | its peak RSS (MB) | snapshot start, in this process (ms) | streams rebuilt | upcoming, person (ms) | upcoming, group (ms) | peak RSS so far (MB) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const own = r.ownProcess ? [fmt(r.ownProcess.startMs), fmt(r.ownProcess.peak)] : ['–', '–'];
  console.log(`| ${r.name} | ${fmt(r.events)} | ${fmt(r.dispatchRate)} | ${fmt(r.batchRate)} | ${fmt(r.replayRate)} | ${r.replayRatio.toFixed(1)} × | ${own[0]} | ${own[1]} | ${fmt(r.snapshotMs)} | ${fmt(r.rebuilt)} | ${r.personMs.toFixed(2)} | ${r.groupMs.toFixed(2)} | ${fmt(r.peakMb)} |`);
}
for (const r of results.slice(1)) {
  console.log(`dispatch at ${results[0].name} / at ${r.name}, measured in alternation: ${(r.alternating.there / r.alternating.here).toFixed(2)} × (${fmt(r.alternating.there)} / ${fmt(r.alternating.here)} commands/s; goal ≤ 1.5 ×, and ≥ 2 000 commands/s at 1m)`);
}
console.log(`ESF report over ${fmt(ESF_REPORTS)} time reports: ${esfFigures.ms.toFixed(0)} ms, CPU ${esfFigures.cpuMs.toFixed(0)} ms (goal ≤ 100 ms)`);
console.log(`load average while running: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
console.log(`peak RSS: ${fmt(peakRssMb())} MB · whole run ${((performance.now() - started) / 1000).toFixed(1)} s`);
