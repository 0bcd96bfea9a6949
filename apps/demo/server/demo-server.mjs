/* global process, console */
/**
 * The demo on a real server: @samverkan/server with its networks in PGlite (a data folder), the
 * five sample networks loaded into it the first time, and the built demo served beside the API.
 * Two browser windows are two people in one network: the person switcher becomes a sign-in.
 *
 * Two demo affordances, which a real deployment never has:
 * - a development sign-in page (`/demo/sign-in`) that lists a network's people and signs the
 *   visitor in as one of them (a session bound by the person's e-mail claim, as an OpenID
 *   Connect sign-in would bind it);
 * - a clock per sample network that runs from the sample's own day (and from the last thing
 *   recorded there, so a restart never runs it backwards), so deadlines and "held" work as the
 *   sample tells it.
 *
 * Environment: PORT (4173), HOST (127.0.0.1), DATA_DIR (apps/demo/.samverkan-data), DIST (the
 * built demo, apps/demo/dist), SESSION_SECRET (else one kept beside the data folder).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { loadSample, sampleReferenceDates } from '@samverkan/core/samples';
import { createServer, openDatabase, postgresNetworkStores } from '@samverkan/server';
import { Hono } from 'hono';

const here = dirname(fileURLToPath(import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);
const dataDir = resolve(process.env.DATA_DIR ?? join(here, '..', '.samverkan-data'));
const dist = resolve(process.env.DIST ?? join(here, '..', 'dist'));
const publicUrl = `http://${host}:${port}`;
const sampleIds = /** @type {const} */ (['fyrbodal', 'ehalsalyftet', 'orebro', 'dalarna', 'sjolunda']);

/**
 * The key sessions are sealed with: SESSION_SECRET, or one made once and kept beside the data
 * folder (`<DATA_DIR>.session-secret`; PGlite wants its folder to itself), so a restart of the
 * demo does not sign everyone out. A deployment sets SESSION_SECRET.
 */
async function sessionSecret() {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const file = `${dataDir}.session-secret`;
  const kept = await readFile(file, 'utf8').catch(() => '');
  if (kept.trim().length >= 32) return kept.trim();
  const made = randomBytes(48).toString('base64url');
  await mkdir(dirname(dataDir), { recursive: true });
  await writeFile(file, made, { mode: 0o600 });
  return made;
}

const secret = await sessionSecret();
const sql = await openDatabase({ dataDir });
const stores = postgresNetworkStores(sql, { ownsClient: true });

// Each sample network once, with its history; and the instant its clock starts from.
const startsFrom = new Map();
for (const id of sampleIds) {
  const store = await stores.open(id);
  try {
    if ((await store.readAll()).length === 0) {
      const loaded = await loadSample(store, id);
      if (!loaded.ok) throw new Error(`The sample «${id}» could not be loaded: ${loaded.failed.error.message.en}`);
    }
    const last = (await store.readAll()).at(-1)?.at;
    const reference = sampleReferenceDates[id];
    startsFrom.set(id, last && Date.parse(last) > Date.parse(reference) ? last : reference);
  } finally {
    await store.close();
  }
}
const processStarted = Date.now();
const clocks = new Map(sampleIds.map((id) => [id, () => new Date(Date.parse(startsFrom.get(id)) + (Date.now() - processStarted)).toISOString()]));

const server = createServer({
  stores,
  config: { host, port, publicUrl, dataDir, sessionSecret: secret, logLevel: process.env.LOG_LEVEL ?? 'warn' },
  auth: { oidc: undefined },
  clockOf: (network) => clocks.get(network),
});

const app = new Hono();

/** Only a path on this server (never another site). */
const safePath = (value) => (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !/[\r\n\\]/.test(value) ? value : '/');
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

app.get('/demo/sign-in', async (c) => {
  const network = c.req.query('network');
  const returnTo = safePath(c.req.query('returnTo') ?? (network ? `/${network}` : '/'));
  if (!sampleIds.includes(network)) return c.redirect('/', 302);
  const state = await server.registry.use(network, async (handle) => handle.runtime.getState());
  const organisations = new Map(state.dataset.organisations.map((o) => [o.id, o.name]));
  const people = state.dataset.people.filter((p) => !p.erased && p.identityClaims?.length).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const items = people
    .map(
      (p) => `<li><form method="post" action="/demo/sign-in">
  <input type="hidden" name="network" value="${escape(network)}"><input type="hidden" name="personId" value="${escape(p.id)}"><input type="hidden" name="returnTo" value="${escape(returnTo)}">
  <button type="submit">Logga in som ${escape(p.name)}</button> <span>${escape([p.title, organisations.get(p.organisationId)].filter(Boolean).join(', '))}</span>
</form></li>`,
    )
    .join('\n');
  c.header('Cache-Control', 'no-store');
  return c.html(`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logga in i demon – ${escape(state.dataset.name.sv)}</title><link rel="stylesheet" href="/demo-sign-in.css"></head>
<body><main>
<h1>Logga in i demon</h1>
<p>${escape(state.dataset.name.sv)}. Det här är en demo: välj vem du vill vara. I en riktig driftsättning loggar man in med sin organisations inloggning (OpenID Connect).</p>
<ul>${items}</ul>
</main></body></html>`);
});

app.post('/demo/sign-in', async (c) => {
  // A form post from this page only: the browser says where it came from.
  if (c.req.header('origin') !== publicUrl) return c.text('Förfrågan kom inte från demon. / The request did not come from the demo.', 403);
  const form = await c.req.parseBody();
  const network = String(form.network ?? '');
  if (!sampleIds.includes(network)) return c.text('Okänt nätverk. / Unknown network.', 400);
  const person = await server.registry.use(network, async (handle) => handle.runtime.getState().dataset.people.find((p) => p.id === form.personId));
  const claim = person?.identityClaims?.[0];
  if (!person || person.erased || !claim) return c.text('Personen finns inte. / No such person.', 404);
  const { name, value } = await server.issueSession([claim], 'demo');
  c.header('Set-Cookie', `${name}=${value}; Path=/; HttpOnly; SameSite=Lax`);
  return c.redirect(safePath(String(form.returnTo ?? `/${network}`)), 303);
});

app.get('/demo/networks', (c) => c.json({ networks: sampleIds, signIn: '/demo/sign-in' }));

// The API, sign-in routes, health: the server's own app.
app.all('/api/*', (c) => server.app.fetch(c.req.raw, c.env));
app.all('/auth/*', (c) => server.app.fetch(c.req.raw, c.env));
app.get('/health', (c) => server.app.fetch(c.req.raw, c.env));
app.get('/ready', (c) => server.app.fetch(c.req.raw, c.env));

// The built demo, and its index for every page of the single-page app.
app.use('/*', serveStatic({ root: dist }));
const index = await readFile(join(dist, 'index.html'), 'utf8').catch(() => '<!doctype html><title>Samverkan</title><p>Bygg demon först: pnpm --filter @samverkan/demo build</p>');
app.get('*', (c) => c.html(index));

const running = serve({ fetch: app.fetch, hostname: host, port }, () => {
  console.log(`› Samverkan demo on a shared server: ${publicUrl}/  (Ctrl+C stops it; data in ${dataDir})`);
});

async function stop() {
  await server.beginShutdown();
  running.close();
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
