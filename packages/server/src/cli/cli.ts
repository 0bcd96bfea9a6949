/**
 * `samverkan-server`: serve, and the operator's tools. The database is the one the server uses
 * (`DATABASE_URL`, else PGlite in `DATA_DIR`).
 *
 *   samverkan-server [serve]
 *   samverkan-server create-network --file dataset.json --admin email:anna.ek@kommun.se [--network name] [--admin-person id]
 *   samverkan-server export --network name > log.jsonl
 *   samverkan-server import --network name < log.jsonl
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { configFromEnv, ConfigError, type ServerConfig } from '../config/config.schema.js';
import { postgresNetworkStores, type NetworkStores } from '../networks/network-stores.js';
import { createServer } from '../server/create-server.js';
import { createLogger, type Logger } from '../server/logger.js';
import { listen } from '../server/listen.js';
import { openDatabase } from '../store/open-database.js';
import { createNetwork, exportNetwork, importNetwork, parseClaim } from './network-admin.js';

const USAGE = `samverkan-server — the shared Samverkan server

  samverkan-server [serve]                         serve the API (configuration from environment variables)
  samverkan-server create-network --file dataset.json --admin <claim> [--network <name>] [--admin-person <person id>]
                                                   a new network; <claim> is email:<address>, sub:<subject> or hsaId:<id>
  samverkan-server export --network <name>         the network's log as JSON lines on standard output
  samverkan-server import --network <name>         a log from standard input (or --file) into a new network

The database: DATABASE_URL (PostgreSQL), else PGlite in DATA_DIR (default ./samverkan-data).
`;

async function openStores(config: ServerConfig, log?: Logger): Promise<NetworkStores> {
  const onError = log ? (error: unknown) => log.warn('database', { error: error instanceof Error ? error : String(error) }) : undefined;
  const sql = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, ...(onError ? { onError } : {}) });
  return postgresNetworkStores(sql, onError ? { onError } : {});
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      file: { type: 'string' },
      admin: { type: 'string' },
      network: { type: 'string' },
      'admin-person': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const config = configFromEnv();

  switch (command) {
    case 'serve': {
      const log = createLogger({ level: config.logLevel });
      const stores = await openStores(config, log);
      const server = createServer({ stores, config, log });
      const running = await listen(server, { stopOnSignals: true });
      log.info('listening', { url: running.url, database: stores.kind, signIn: config.oidc ? 'oidc' : 'none' });
      return -1; // keeps running until a signal
    }
    case 'create-network': {
      if (!values.file || !values.admin) throw new UsageError('create-network needs --file and --admin.');
      const dataset = JSON.parse(await readFile(values.file, 'utf8')) as unknown;
      const stores = await openStores(config);
      try {
        const created = await createNetwork({
          stores,
          dataset,
          admin: parseClaim(values.admin),
          ...(values.network ? { network: values.network } : {}),
          ...(values['admin-person'] ? { adminPersonId: values['admin-person'] } : {}),
        });
        process.stderr.write(`Created the network «${created.network}»; its administrator is ${created.adminPersonId}. / Nätverket «${created.network}» är skapat; administratör: ${created.adminPersonId}.\n`);
      } finally {
        await stores.close();
      }
      return 0;
    }
    case 'export': {
      if (!values.network) throw new UsageError('export needs --network.');
      const stores = await openStores(config);
      try {
        const header = await exportNetwork({
          stores,
          network: values.network,
          write: (line) =>
            new Promise<void>((resolve, reject) => {
              process.stdout.write(`${line}\n`, (error) => (error ? reject(error) : resolve()));
            }),
        });
        process.stderr.write(`Exported ${header.events} events and ${header.people} people of «${header.network}».\n`);
      } finally {
        await stores.close();
      }
      return 0;
    }
    case 'import': {
      if (!values.network) throw new UsageError('import needs --network.');
      // Read whole before the database opens (which takes a while): a stream left waiting meanwhile loses its lines.
      const input = (values.file ? await readFile(values.file, 'utf8') : await text(process.stdin)).split(/\r?\n/);
      const stores = await openStores(config);
      try {
        const imported = await importNetwork({ stores, network: values.network, lines: input });
        process.stderr.write(`Imported ${imported.events} events and ${imported.people} people into «${values.network}».\n`);
      } finally {
        await stores.close();
      }
      return 0;
    }
    default:
      throw new UsageError(`Unknown command «${command}».`);
  }
}

export class UsageError extends Error {}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs the command line and sets the exit code (the `samverkan-server` bin). */
export function run(argv: readonly string[]): void {
  main(argv).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
      else if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}`);
      else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = error instanceof UsageError ? 2 : 1;
    },
  );
}
