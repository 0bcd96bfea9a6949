/**
 * Attacks on what goes into the log (issue 10, items 8 and 9): unknown fields, unbounded and
 * hidden data, text that hides what it says, references to nobody, and hostile JavaScript
 * values. Each is refused as `VALIDATION` with a located message in Swedish and English,
 * nothing is written, `can` answers exactly as `dispatch` does, and what is stored is the
 * parsed value.
 */
import { describe, expect, it } from 'vitest';
import { Dataset, type DatasetInput } from '../dataset/dataset.schema.js';
import { fyrbodal } from '../samples/fyrbodal.js';
import { sampleAdministrators } from '../samples/load-sample.js';
import { parseWith } from '../shared/validation.js';
import { createSamverkan, type CommandResult, type Samverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';
import type { EventStore } from './store/store.js';
import type { TestStep } from '../testing/test-network.js';

const leader = 'fyrbodal:person-001';
const rep = 'fyrbodal:person-003';
const meetingId = 'fyrbodal:mote-2019-01-24';
const mandateId = 'fyrbodal:uppdrag-e-halsonatverket';
let n = 0;
const id = () => `attack-${++n}`;

async function runtime(dataset: DatasetInput = fyrbodal, store: EventStore = createMemoryStore()): Promise<Samverkan> {
  const sv = await createSamverkan({ identity: trustedRecords(), store });
  const loaded = await sv.load(dataset, { by: sampleAdministrators.fyrbodal, at: '2019-01-01T08:00:00+01:00' });
  expect(loaded).toMatchObject({ ok: true });
  return sv;
}

/** The answer of `can` and of `dispatch` for the same command, which must be the same. */
async function both(sv: Samverkan, command: unknown): Promise<CommandResult> {
  const predicted = sv.canUntrusted(command);
  const result = await sv.dispatchUntrusted(command);
  expect(predicted.ok ? 'ok' : predicted.code).toBe(result.ok ? 'ok' : result.code);
  return result;
}

/** Expects a VALIDATION refusal with an issue at `pathText`, in both languages, and returns that issue. */
function refusedAt(result: CommandResult, pathText: string) {
  expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
  if (result.ok) throw new Error('accepted');
  const issues = (result.details?.issues ?? []) as Array<{ pathText: string; message: { sv: string; en: string } }>;
  const issue = issues.find((i) => i.pathText === pathText);
  expect(issue, `no issue at «${pathText}» among ${JSON.stringify(issues.map((i) => i.pathText))}`).toBeDefined();
  expect(issue!.message.sv).not.toBe(issue!.message.en);
  return issue!;
}

async function streamLength(sv: Samverkan, stream: string) {
  return (await sv.history(stream)).length;
}

/** A command to the meeting, as an attack writes it (anything goes: sent through `dispatchUntrusted`). */
const meeting = (c: Record<string, unknown>) => ({ id: id(), meetingId, ...c });
/** A well-formed command to the meeting, for setting the scene. */
const step = (c: TestStep<'meetingId'>) => ({ id: id(), meetingId, ...c });
const mandate = (c: Record<string, unknown>) => ({ id: id(), mandateId, type: 'amendMandate', by: leader, at: '2019-01-02T09:00:00+01:00', ...c });

/** A runtime whose first meeting has been held, with item `p1` on its agenda. */
async function heldMeeting(): Promise<Samverkan> {
  const sv = await runtime();
  const steps: Array<TestStep<'meetingId'>> = [
    { type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' },
    { type: 'proposeAgendaItem', by: rep, at: '2019-01-03T09:00:00+01:00', item: { id: 'p1', title: 'Välfärdsteknik', kind: 'decision', durationMinutes: 30 } },
    { type: 'publishAgenda', by: leader, at: '2019-01-09T09:00:00+01:00' },
    { type: 'sendInvitations', by: leader, at: '2019-01-09T10:00:00+01:00' },
    { type: 'holdMeeting', by: leader, at: '2019-01-24T09:05:00+01:00' },
  ];
  for (const c of steps) {
    expect(await sv.dispatch(step(c))).toMatchObject({ ok: true });
  }
  return sv;
}

const proposal = (item: Record<string, unknown>) =>
  meeting({ type: 'proposeAgendaItem', by: rep, at: '2019-01-03T09:00:00+01:00', item: { id: 'p9', title: 'Punkt', kind: 'information', durationMinutes: 10, ...item } });

async function openCall(): Promise<Samverkan> {
  const sv = await runtime();
  expect(await sv.dispatch(step({ type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' }))).toMatchObject({ ok: true });
  return sv;
}

describe('unknown fields', () => {
  it('refuses an unknown field in a command, naming it', async () => {
    const sv = await runtime();
    const issue = refusedAt(await both(sv, meeting({ type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00', urgent: true })), 'urgent');
    expect(issue.message).toEqual({ sv: '«urgent» är inte ett känt fält', en: '«urgent» is not a known field' });
    expect(await streamLength(sv, `meeting:${meetingId}`)).toBe(0);
  });

  it('refuses an unknown field inside a command’s payload, located by its path', async () => {
    const sv = await openCall();
    const issue = refusedAt(await both(sv, proposal({ colour: 'red' })), 'item.colour');
    expect(issue.message.sv).toBe('«item.colour» är inte ett känt fält');
  });

  it('refuses an unknown field in a dataset entity, located by its path', async () => {
    const people = [...fyrbodal.people!];
    people[2] = { ...people[2]!, nickname: 'Kalle' } as (typeof people)[number];
    const result = parseWith(Dataset, { ...fyrbodal, people });
    expect(result.ok).toBe(false);
    const issue = !result.ok && result.issues.find((i) => i.pathText === 'people[2].nickname');
    expect(issue && issue.message).toEqual({ sv: '«people[2].nickname» är inte ett känt fält', en: '«people[2].nickname» is not a known field' });

    const sv = await createSamverkan({ identity: trustedRecords(), store: createMemoryStore() });
    const loaded = await sv.load({ ...fyrbodal, people }, { by: sampleAdministrators.fyrbodal, at: '2019-01-01T08:00:00+01:00' });
    refusedAt(loaded, 'people[2].nickname');
  });

  it('refuses an unknown field deep in a mandate of the dataset', async () => {
    const [first, ...rest] = fyrbodal.mandates!;
    const changed = { ...first!, period: { ...first!.period, ends: '2020-12-31' } };
    const result = parseWith(Dataset, { ...fyrbodal, mandates: [changed, ...rest] });
    expect(!result.ok && result.issues.map((i) => i.pathText)).toContain('mandates[0].period.ends');
  });
});

describe('extensions', () => {
  const ext = { 'vgr:kostnadsstalle': '4711', 'vgr:kontroll': { granskad: true, nivå: 2, taggar: ['a', 'b'] } };

  it('keeps namespaced extension data on the dataset and its entities, through load and replay', async () => {
    const input: DatasetInput = {
      ...fyrbodal,
      extensions: ext,
      organisations: fyrbodal.organisations.map((o, i) => (i === 0 ? { ...o, extensions: ext } : o)),
      people: fyrbodal.people!.map((p, i) => (i === 0 ? { ...p, extensions: ext } : p)),
      groups: fyrbodal.groups!.map((g, i) => (i === 0 ? { ...g, extensions: ext } : g)),
      mandates: fyrbodal.mandates!.map((m, i) => (i === 0 ? { ...m, extensions: ext } : m)),
      meetings: fyrbodal.meetings!.map((m, i) => (i === 0 ? { ...m, extensions: ext } : m)),
      deliverables: fyrbodal.deliverables!.map((d, i) => (i === 0 ? { ...d, extensions: ext } : d)),
    };
    const store = createMemoryStore();
    const sv = await runtime(input, store);
    const check = (s: Samverkan) => {
      const { dataset } = s.getState();
      expect(dataset.extensions).toEqual(ext);
      expect(dataset.organisations[0]!.extensions).toEqual(ext);
      expect(dataset.people[0]!.extensions).toEqual(ext);
      expect(dataset.groups[0]!.extensions).toEqual(ext);
      expect(dataset.mandates[0]!.extensions).toEqual(ext);
      expect(dataset.meetings[0]!.extensions).toEqual(ext);
      expect(dataset.deliverables[0]!.extensions).toEqual(ext);
      expect((s.getState().meetings.get(dataset.meetings[0]!.id)?.context as { extensions?: unknown }).extensions).toEqual(ext);
    };
    check(sv);
    check(await createSamverkan({ identity: trustedRecords(), store }));
  });

  it('keeps extension data a command brings', async () => {
    const sv = await runtime();
    const deliverable = { ...fyrbodal.deliverables![0]!, id: 'fyrbodal:ny-leverans', extensions: ext };
    const result = await both(sv, { type: 'planDeliverable', id: id(), by: leader, at: '2019-01-02T09:00:00+01:00', deliverableId: deliverable.id, deliverable });
    expect(result).toMatchObject({ ok: true });
    expect((sv.getState().deliverables.get(deliverable.id)?.context as { extensions?: unknown }).extensions).toEqual(ext);
  });

  it('refuses a key without a namespace, a value that is not JSON and data nested too deep', () => {
    const withPerson = (extensions: unknown) => ({
      ...fyrbodal,
      people: fyrbodal.people!.map((p, i) => (i === 0 ? { ...p, extensions } : p)),
    });
    const pathsOf = (input: unknown) => {
      const result = parseWith(Dataset, input);
      return result.ok ? [] : result.issues.map((i) => i.pathText);
    };
    expect(pathsOf(withPerson({ kostnadsstalle: '4711' })).some((p) => p.startsWith('people[0].extensions'))).toBe(true);
    expect(pathsOf(withPerson({ 'vgr:f': () => 1 })).some((p) => p.startsWith('people[0].extensions'))).toBe(true);
    let deep: unknown = 'botten';
    for (let i = 0; i < 20; i++) deep = { a: deep };
    expect(pathsOf(withPerson({ 'vgr:djup': deep })).some((p) => p.startsWith('people[0].extensions'))).toBe(true);
    expect(pathsOf(withPerson({ 'vgr:stor': 'x'.repeat(100_000) })).some((p) => p.startsWith('people[0].extensions'))).toBe(true);
  });
});

describe('amendMandate carries the section’s own content', () => {
  it('stores the parsed change, never the raw input', async () => {
    const sv = await runtime();
    const result = await both(sv, mandate({ section: 'title', change: '  Nätverket för e-hälsa i Fyrbodal  ' }));
    expect(result).toMatchObject({ ok: true });
    const [event] = result.ok ? result.events : [];
    expect(event!.data).toMatchObject({ section: 'title', change: 'Nätverket för e-hälsa i Fyrbodal' });
  });

  it('refuses a 10 MB string, hidden in the change or as the change', async () => {
    const sv = await runtime();
    const huge = 'x'.repeat(10_000_000);
    const hidden = await both(sv, mandate({ section: 'scope', change: { text: 'Avgränsning', subjectAreas: [], note: huge } }));
    expect(hidden).toMatchObject({ ok: false, code: 'VALIDATION' });
    const direct = await both(sv, mandate({ section: 'purpose', change: huge }));
    expect(direct).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await streamLength(sv, `mandate:${mandateId}`)).toBe(0);
  });

  it('refuses a hidden key in the change, located by its path', async () => {
    const sv = await runtime();
    const result = await both(sv, mandate({ section: 'scope', change: { text: 'Avgränsning', subjectAreas: [], secret: 'dold' } }));
    const issue = refusedAt(result, 'change.secret');
    expect(issue.message.en).toContain('is not a known field');
    expect(await streamLength(sv, `mandate:${mandateId}`)).toBe(0);
  });

  it('refuses a cyclic change, and the log stays readable', async () => {
    const store = createMemoryStore();
    const sv = await runtime(fyrbodal, store);
    const change: Record<string, unknown> = { text: 'Avgränsning', subjectAreas: [] };
    change.self = change;
    refusedAt(await both(sv, mandate({ section: 'scope', change })), 'change.self');
    expect(await streamLength(sv, `mandate:${mandateId}`)).toBe(0);
    await expect(createSamverkan({ identity: trustedRecords(), store })).resolves.toBeDefined();
  });

  it('refuses a change of the wrong shape for its section, naming the section', async () => {
    const sv = await runtime();
    const issue = refusedAt(await both(sv, mandate({ section: 'scope', change: 'bara text' })), 'change');
    expect(issue.message.sv).toContain('Avgränsning');
    expect(issue.message.en).toContain('Scope');
    const nested = refusedAt(
      await both(sv, mandate({ section: 'staffingPlan', change: { entries: [{ organisationId: 'fyrbodal:dals-ed' }] } })),
      'change.entries[0].roleId',
    );
    expect(nested.message.sv).toContain('Bemanningsplan');
  });

  it('refuses a section that cannot be amended', async () => {
    const sv = await runtime();
    refusedAt(await both(sv, mandate({ section: 'version', change: '9.0' })), 'section');
  });
});

describe('limits', () => {
  it('refuses a 20 MB minutes draft and writes nothing', async () => {
    const sv = await heldMeeting();
    const before = await streamLength(sv, `meeting:${meetingId}`);
    const decisions = Array.from({ length: 1000 }, (_, i) => ({ id: `d${i}`, itemId: 'p1', text: 'x'.repeat(19_999) }));
    const result = await both(sv, meeting({ type: 'draftMinutes', by: leader, at: '2019-01-25T09:00:00+01:00', minutes: { items: [], decisions, actions: [], escalations: [] } }));
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await streamLength(sv, `meeting:${meetingId}`)).toBe(before);
  });

  it('refuses more decisions than minutes may hold, saying how many', async () => {
    const sv = await heldMeeting();
    const decisions = Array.from({ length: 501 }, (_, i) => ({ id: `d${i}`, itemId: 'p1', text: 'Beslut' }));
    const issue = refusedAt(
      await both(sv, meeting({ type: 'draftMinutes', by: leader, at: '2019-01-25T09:00:00+01:00', minutes: { decisions } })),
      'minutes.decisions',
    );
    expect(issue.message.sv).toMatch(/högst \d+ poster/);
  });

  it('refuses a command larger than its maximum size as a whole', async () => {
    const sv = await openCall();
    const result = await both(sv, proposal({ description: 'y'.repeat(19_000), title: 'Punkt', extra: 'z'.repeat(600_000) }));
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(result.ok || result.message.en).toMatch(/larger than/);
  });
});

describe('a dataset load', () => {
  it('refuses a dataset larger than its maximum size, or one that is not plain data, and loads nothing', async () => {
    const sv = await createSamverkan({ identity: trustedRecords(), store: createMemoryStore() });
    const meta = { by: sampleAdministrators.fyrbodal, at: '2019-01-01T08:00:00+01:00' };
    // 45 mandates, each with six sections of 20 000 characters: every field within its limit, the whole over 5 MB.
    const long = (c: string) => c.repeat(20_000);
    const bulky = (i: number) => ({ ...fyrbodal.mandates![0]!, id: `fyrbodal:m${i}`, background: long('b'), purpose: long('p'), summary: long('s'), method: long('m'), values: long('v'), compensation: long('c') });
    const big: DatasetInput = { ...fyrbodal, mandates: [...fyrbodal.mandates!, ...Array.from({ length: 45 }, (_, i) => ({ ...bulky(i), meetings: [] }))] };
    expect(JSON.stringify(big).length).toBeGreaterThan(5_000_000);
    const refused = await sv.load(big, meta);
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(refused.ok || refused.message.en).toMatch(/larger than the allowed 5,000,000 characters/);

    const hostile = { ...fyrbodal };
    Object.defineProperty(hostile, 'people', { enumerable: true, get: () => { throw new Error('gotcha'); } });
    refusedAt(await sv.load(hostile, meta), 'people');
    expect(await sv.log()).toEqual([]);
  });
});

describe('text that hides what it says', () => {
  it('refuses a bidirectional override in a name', async () => {
    const sv = await openCall();
    const issue = refusedAt(await both(sv, proposal({ title: 'Budget \u202Egnirts\u202C 2027' })), 'item.title');
    expect(issue.message.en).toMatch(/direction/);
    // The message must not carry the control characters it refuses.
    expect(issue.message.sv).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(issue.message.en).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);

    const people = fyrbodal.people!.map((p, i) => (i === 0 ? { ...p, name: 'Anna \u2067Berg\u2069' } : p));
    const result = parseWith(Dataset, { ...fyrbodal, people });
    expect(!result.ok && result.issues.map((i) => i.pathText)).toContain('people[0].name');
  });

  it('refuses a title of zero-width characters only as empty', async () => {
    const sv = await openCall();
    const issue = refusedAt(await both(sv, proposal({ title: '\u200B\u200C\u200D\u2060\uFEFF ' })), 'item.title');
    expect(issue.message).toEqual({ sv: '«item.title» får inte vara tom', en: '«item.title» must not be empty' });
    refusedAt(await both(sv, proposal({ description: ' \u200B ' })), 'item.description');
  });

  it('stores names NFC-normalised and trimmed: a decomposed å is stored composed', async () => {
    const sv = await openCall();
    const decomposed = '  Va\u030Ardplan för a\u030Aret ';
    const result = await both(sv, proposal({ title: decomposed }));
    expect(result).toMatchObject({ ok: true });
    const [event] = result.ok ? result.events : [];
    expect((event!.data as { item: { title: string } }).item.title).toBe('Vårdplan för året');
    expect((event!.data as { item: { title: string } }).item.title).toBe('V\u00E5rdplan f\u00F6r \u00E5ret');
    const context = sv.getState().meetings.get(meetingId)!.context as { agenda: Array<{ title: string }> };
    expect(context.agenda[0]!.title).toBe('Vårdplan för året');
  });
});

describe('references inside commands must exist', () => {
  it('refuses a presenter who does not exist', async () => {
    const sv = await openCall();
    const issue = refusedAt(await both(sv, proposal({ presenter: 'fyrbodal:ingen-alls' })), 'item.presenter');
    expect(issue.message.sv).toContain('fyrbodal:ingen-alls');
    expect(await both(sv, proposal({ presenter: leader }))).toMatchObject({ ok: true });
  });

  it('refuses an action owner who does not exist', async () => {
    const sv = await heldMeeting();
    const minutes = { items: [{ itemId: 'p1', decided: 'Ja' }], actions: [{ id: 'a1', text: 'Gör', ownerId: 'fyrbodal:ingen-alls', due: '2019-02-01' }] };
    refusedAt(await both(sv, meeting({ type: 'draftMinutes', by: leader, at: '2019-01-25T09:00:00+01:00', minutes })), 'minutes.actions[0].ownerId');
  });

  it('refuses a decision on an item that is not on the agenda', async () => {
    const sv = await heldMeeting();
    const minutes = { items: [{ itemId: 'p1', decided: 'Ja' }], decisions: [{ id: 'd1', itemId: 'p2', text: 'Beslut' }] };
    refusedAt(await both(sv, meeting({ type: 'draftMinutes', by: leader, at: '2019-01-25T09:00:00+01:00', minutes })), 'minutes.decisions[0].itemId');
  });

  it('refuses an attendee or a substitute who does not exist, and an unknown organisation', async () => {
    const sv = await heldMeeting();
    const record = { personId: rep, organisationId: 'fyrbodal:dals-ed', status: 'present' };
    const attendance = (records: unknown[]) => meeting({ type: 'recordAttendance', by: leader, at: '2019-01-24T12:00:00+01:00', records });
    refusedAt(await both(sv, attendance([{ ...record, personId: 'fyrbodal:ingen-alls' }])), 'records[0].personId');
    refusedAt(await both(sv, attendance([{ ...record, status: 'substitute', substituteFor: 'fyrbodal:ingen-alls' }])), 'records[0].substituteFor');
    refusedAt(await both(sv, attendance([{ ...record, organisationId: 'fyrbodal:ingenstans' }])), 'records[0].organisationId');
    expect(await both(sv, attendance([record]))).toMatchObject({ ok: true });
  });
});

describe('hostile values', () => {
  const valid = () => meeting({ type: 'openCall', by: leader, at: '2019-01-02T09:00:00+01:00' });

  it('answers an object with a throwing getter with VALIDATION, from can and dispatch alike', async () => {
    const sv = await runtime();
    for (const key of ['id', 'at', 'type']) {
      const command = valid();
      Object.defineProperty(command, key, { enumerable: true, get: () => { throw new Error('gotcha'); } });
      expect(await both(sv, command)).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
    expect(await streamLength(sv, `meeting:${meetingId}`)).toBe(0);
  });

  it('answers a Proxy that throws with VALIDATION, from can and dispatch alike', async () => {
    const sv = await runtime();
    const trap = () => {
      throw new Error('trap');
    };
    const proxies = [
      new Proxy(valid(), { get: trap }),
      new Proxy(valid(), { ownKeys: trap }),
      new Proxy(valid(), { getOwnPropertyDescriptor: trap }),
      new Proxy(valid(), { getPrototypeOf: trap }),
    ];
    for (const proxy of proxies) expect(await both(sv, proxy)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await streamLength(sv, `meeting:${meetingId}`)).toBe(0);
  });

  it('records a Proxy whose answers change between reads as it read the first time', async () => {
    const sv = await runtime();
    let reads = 0;
    const shifty = new Proxy(valid(), {
      get: (target, key, receiver) => (key === 'by' && ++reads > 1 ? 'fyrbodal:person-002' : Reflect.get(target, key, receiver)),
    });
    const result = await sv.dispatchUntrusted(shifty);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.events[0]!.by).toBe(leader);
  });

  it('answers 10 000 nested arrays with VALIDATION, never a stack overflow', async () => {
    const sv = await runtime();
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const inChange = mandate({ section: 'scope', change: { text: 'Avgränsning', subjectAreas: [], deep } });
    const inItem = proposal({ description: deep });
    for (const command of [inChange, inItem, deep]) {
      const result = await both(sv, command);
      expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
    expect(await streamLength(sv, `mandate:${mandateId}`)).toBe(0);
  });

  it('answers values JSON cannot carry with VALIDATION, located', async () => {
    const sv = await openCall();
    refusedAt(await both(sv, proposal({ durationMinutes: Number.NaN })), 'item.durationMinutes');
    refusedAt(await both(sv, proposal({ durationMinutes: 10n })), 'item.durationMinutes');
    refusedAt(await both(sv, proposal({ title: new String('Punkt') })), 'item.title');
    refusedAt(await both(sv, proposal({ when: new Date() })), 'item.when');
    refusedAt(await both(sv, proposal({ presenter: Symbol('x') })), 'item.presenter');
  });
});
