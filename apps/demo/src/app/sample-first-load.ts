/**
 * A sample's first visit in this browser: its database filled by the loader worker
 * (sample-loader.worker.ts), started by the entry as soon as it knows the page is a sample's
 * (app.tsx) — not once the page's own thread has evaluated core and React and opened the
 * database, which on a slow phone was over a second later. The worker's work then runs beside
 * that evaluation instead of after it.
 *
 * Only where the sample's database does not exist yet (`indexedDB.databases()`): a later visit
 * starts no worker, and where the browser cannot list its databases, or the database exists but
 * is empty, the sample is loaded when it is opened, as before (sample-runtime.ts). Nothing here
 * imports core: this module is part of the entry.
 */
import type { SampleLoadAnswer, SampleLoadRequest } from './sample-loader.worker.js';
import { ownNetworkId, type NetworkId, type SampleId } from './samples.js';
import { demoServer } from '../server/demo-server.js';
// Built as a chunk of the app (vite.config.ts), so the worker shares the page's core, zod and xstate.
import sampleLoaderUrl from './sample-loader.worker.ts?shared-worker';

/** The database of a sample; the E2E tests and the README name it too. */
export const databaseName = (sampleId: NetworkId) => `samverkan-demo-${sampleId}`;

/**
 * Loads the sample into its database in a worker, if the database is empty (the worker checks);
 * resolves when it is stored, or rejects where no worker can run.
 */
export function loadInWorker(request: SampleLoadRequest): Promise<SampleLoadAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(sampleLoaderUrl, { type: 'module', name: `samverkan-${request.sampleId}` });
    worker.addEventListener('message', (event: MessageEvent<SampleLoadAnswer>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker failed'));
    });
    worker.postMessage(request);
  });
}

const started = new Map<NetworkId, Promise<SampleLoadAnswer | undefined>>();

/** Whether this browser surely never had the sample's database (false where it cannot tell). */
async function neverOpened(sampleId: SampleId): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  try {
    const databases = await indexedDB.databases();
    return !databases.some((d) => d.name === databaseName(sampleId));
  } catch {
    return false;
  }
}

/**
 * Starts a sample's first load, once per page load: unless the demo's shared server holds the
 * network (the probe index.html already sent), or the sample was opened in this browser before.
 */
export function startFirstLoad(sampleId: NetworkId): void {
  if (sampleId === ownNetworkId || started.has(sampleId) || typeof Worker !== 'function') return;
  const load = (async () => {
    const server = await demoServer();
    if (server?.networks.includes(sampleId)) return undefined;
    if (!(await neverOpened(sampleId))) return undefined;
    return loadInWorker({ sampleId, database: databaseName(sampleId) });
  })().catch(() => undefined);
  started.set(sampleId, load);
}

/**
 * The answer of the first load the entry started for the sample (undefined: none was started,
 * or none could run); taken once, so a later open — after a reset — does not see it again.
 */
export function takeFirstLoad(sampleId: NetworkId): Promise<SampleLoadAnswer | undefined> | undefined {
  const load = started.get(sampleId);
  // Kept as settled, so the entry does not start it again in this page load.
  started.set(sampleId, Promise.resolve(undefined));
  return load;
}
