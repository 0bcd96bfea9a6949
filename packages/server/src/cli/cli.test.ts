// The command-line tool, as an operator runs it (the built `samverkan-server` on PGlite data
// folders): create a network from a dataset file naming its first administrator, work in it,
// export its log, import it on another "server" (another data folder) — where it replays to the
// same state — and refuse a backup that was changed.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createSamverkan, sessionIdentity } from '@samverkan/core/runtime';
import { fyrbodal } from '@samverkan/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateJson } from '../networks/state-json.js';
import { postgresNetworkStores } from '../networks/network-stores.js';
import { openDatabase } from '../store/open-database.js';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));

async function cli(args: string[], dataDir: string, stdin?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(process.execPath, [bin, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (stdin !== undefined) {
    child.child.stdin!.end(stdin);
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

/** The state of a network in a data folder, as JSON, replayed by a fresh runtime. */
async function stateIn(dataDir: string, network: string) {
  const stores = postgresNetworkStores(await openDatabase({ dataDir }));
  try {
    const store = await stores.open(network);
    const runtime = await createSamverkan({ store, identity: sessionIdentity(() => undefined) });
    const state = stateJson(runtime.getState());
    const people = await store.readPersonalData!();
    await runtime.close();
    await store.close();
    return { state, people };
  } finally {
    await stores.close();
  }
}

/** The claims the sample itself gives its administrator. */
const fyrbodalAdminClaims = () => (fyrbodal.people ?? []).find((p) => p.id === 'fyrbodal:person-001')?.identityClaims ?? [];

describe('samverkan-server', () => {
  let folder: string;
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error('The CLI runs from the build: run `pnpm build` in packages/server first.');
    folder = mkdtempSync(join(tmpdir(), 'samverkan-cli-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('creates a network from a dataset file with its first administrator bound to a claim, then exports and re-imports it elsewhere to the same state', { timeout: 300_000 }, async () => {
    const here = join(folder, 'here');
    const elsewhere = join(folder, 'elsewhere');
    const datasetFile = join(folder, 'fyrbodal.json');
    writeFileSync(datasetFile, JSON.stringify(fyrbodal));

    const created = await cli(['create-network', '--file', datasetFile, '--admin', 'email:Helena.Vik@Fyrbodal.example', '--network', 'fyrbodal'], here);
    expect(created.stderr).toMatch(/Created the network «fyrbodal»; its administrator is fyrbodal:person-001/);
    expect(created.code).toBe(0);
    // Again: the network exists.
    const again = await cli(['create-network', '--file', datasetFile, '--admin', 'email:helena.vik@fyrbodal.example'], here);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already/);

    // Some work in it, through core's runtime, as the administrator the claim names.
    {
      const stores = postgresNetworkStores(await openDatabase({ dataDir: here }));
      const store = await stores.open('fyrbodal');
      const runtime = await createSamverkan({ store, identity: sessionIdentity(() => 'fyrbodal:person-001'), clock: () => '2030-01-02T09:00:00+01:00' });
      const admin = runtime.getState().dataset.people.find((p) => p.id === 'fyrbodal:person-001')!;
      // The claim given on the command line is added (normalised); the dataset's own claims stay.
      expect(admin.identityClaims).toEqual([...fyrbodalAdminClaims(), { kind: 'email', value: 'helena.vik@fyrbodal.example' }]);
      expect((await runtime.dispatch({ type: 'openCall', id: 'c1', meetingId: 'fyrbodal:mote-2020-12-03' })).ok).toBe(true);
      expect((await runtime.erasePersonalData('fyrbodal:person-021', { reason: 'Begäran' })).ok).toBe(true);
      await runtime.close();
      await store.close();
      await stores.close();
    }

    const exported = await cli(['export', '--network', 'fyrbodal'], here);
    expect(exported.code).toBe(0);
    const lines = exported.stdout.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ samverkan: 'network-log', format: 1, network: 'fyrbodal', events: 3, people: 20 });
    const backup = join(folder, 'fyrbodal.jsonl');
    writeFileSync(backup, exported.stdout);

    const imported = await cli(['import', '--network', 'restored'], elsewhere, readFileSync(backup, 'utf8'));
    expect(imported.stderr).toMatch(/Imported 3 events and 20 people into «restored»/);
    expect(imported.code).toBe(0);

    const original = await stateIn(here, 'fyrbodal');
    const restored = await stateIn(elsewhere, 'restored');
    expect(restored.state).toEqual(original.state);
    expect(restored.people).toEqual(original.people);
    expect(restored.state.damaged).toEqual([]);
    expect(restored.state.meetings['fyrbodal:mote-2020-12-03']).toMatchObject({ status: 'collectingItems' });
    expect(restored.state.dataset.people.find((p) => p.id === 'fyrbodal:person-021')).toMatchObject({ erased: true });
    // Its own export is the same log.
    const reexported = await cli(['export', '--network', 'restored'], elsewhere);
    const events = (text: string) => text.trim().split('\n').slice(1).map((line) => JSON.parse(line) as unknown);
    expect(events(reexported.stdout)).toEqual(events(exported.stdout));
  });

  it('refuses a backup whose events were changed, and writes nothing', { timeout: 300_000 }, async () => {
    const backup = readFileSync(join(folder, 'fyrbodal.jsonl'), 'utf8');
    const changed = backup.replace('"type":"openCall"', '"type":"openCall","reason":"added later"');
    expect(changed).not.toBe(backup);
    const refused = await cli(['import', '--network', 'tampered'], join(folder, 'elsewhere'), changed);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/damaged .*meeting:fyrbodal:mote-2020-12-03/);
    const cut = backup.trim().split('\n').slice(0, -3).join('\n');
    const short = await cli(['import', '--network', 'tampered'], join(folder, 'elsewhere'), cut);
    expect(short.stderr).toMatch(/cut short/);
    const listed = postgresNetworkStores(await openDatabase({ dataDir: join(folder, 'elsewhere') }));
    expect(await listed.list()).toEqual(['restored']);
    await listed.close();
  });

  it('says what is wrong with its arguments and configuration', async () => {
    const missing = await cli(['create-network', '--file', 'x.json'], join(folder, 'none'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/needs --file and --admin/);
    const badClaim = await cli(['create-network', '--file', join(folder, 'fyrbodal.json'), '--admin', 'phone:123'], join(folder, 'none'));
    expect(badClaim.stderr).toMatch(/not a sign-in claim/);
    const badPort = await run(process.execPath, [bin, 'export', '--network', 'x'], { env: { ...process.env, PORT: 'eighty' } }).catch((error: { stderr: string }) => error);
    expect((badPort as { stderr: string }).stderr).toMatch(/PORT: måste vara ett heltal/);
  });
});
