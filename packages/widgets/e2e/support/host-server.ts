/**
 * The host the E2E tests (and the Lighthouse run) load: an intranet page's server with a strict
 * Content-Security-Policy (`default-src 'self'; script-src 'self'; style-src 'self'`) that serves
 * the host pages (e2e/host-pages/, with `{{network}}`-style placeholders filled from the query),
 * the built widgets (dist/ under /widgets/), and a Samverkan server (@samverkan/server, in
 * memory) under /api on the same origin — `connect-src` is `'self'` too.
 *
 * The server's frame pages (/embed/…) too, as a server that turns them on serves them: they are
 * reached at `http://localhost:PORT` (another site than the host pages at 127.0.0.1), which may
 * frame them; a third origin, `otherSiteUrl` (the same host pages on another port), may not —
 * it is in ALLOWED_ORIGINS instead, a page that reads the API across origins.
 *
 * For the tests only, under /test/: a fresh network loaded with the Fyrbodal sample (so tests do
 * not see each other's changes), a session cookie for one of its people (as a sign-in would
 * give) or a bearer token for them (as a host's own sign-in would give), and an outage switch
 * that cuts every connection to /api (a server that went away).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer as createNetServer, type Socket } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { loadSample, sampleReferenceDates } from '@samverkan/core/samples';
import { createServer, memoryNetworkStores, type OidcClient, type SamverkanServer } from '@samverkan/server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..', '..');
const repoRoot = join(packageRoot, '..', '..');
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface HostServer {
  url: string;
  /** Where the frame pages are (`http://localhost:PORT`): a site of its own. */
  embedUrl: string;
  /** The same host pages on another port: a site the frame pages do not allow. */
  otherSiteUrl: string;
  samverkan: SamverkanServer;
  stop(): Promise<void>;
}

export interface HostServerOptions {
  port?: number;
  /** Where the built host app for the React-peer page is (e2e/support/host-app.ts built by global setup). */
  hostAppDir?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Bearer tokens as a host with its own sign-in has them (SharePoint's Entra ID tokens), for the
 * tests: `test.<base64url of a sign-in claim>` checks out as that claim (an e-mail verified by
 * the provider); anything else is refused, as an expired or forged token is. No sign-in page.
 */
function testBearerTokens(issuer: string): OidcClient {
  const refuse = () => Promise.reject(new Error('no sign-in page in the tests'));
  return {
    issuer,
    start: refuse,
    finish: refuse,
    endSessionUrl: async () => undefined,
    async verifyBearer(token) {
      const match = /^test\.([A-Za-z0-9_-]+)$/.exec(token);
      if (!match) throw new Error('not a valid token');
      const claim = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')) as { kind: string; value: string };
      if (claim.kind === 'email') return { iss: issuer, sub: `test-${claim.value}`, email: claim.value, email_verified: true };
      if (claim.kind === 'hsaId') return { iss: issuer, sub: `test-${claim.value}`, hsaId: claim.value };
      return { iss: issuer, sub: claim.value };
    },
  };
}

export async function startHostServer(options: HostServerOptions = {}): Promise<HostServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const embedUrl = `http://localhost:${port}`;
  const otherPort = await freePort();
  const stores = memoryNetworkStores();
  const started = Date.now();
  // The network's clock runs from the Fyrbodal sample's own day, so its deadlines are as the sample tells them.
  const clock = () => new Date(Date.parse(sampleReferenceDates.fyrbodal) + (Date.now() - started)).toISOString();
  const samverkan = createServer({ stores, config: {
      publicUrl: url,
      logLevel: 'error',
      rateLimitPerSession: 100_000,
      rateLimitPerAddress: 100_000,
      embedWidgetsDir: join(packageRoot, 'dist', 'standalone'),
      embedFrameAncestors: [url],
      // The host pages on the other port stand for an intranet on a site of its own (same site,
      // another origin: as intranat.region.se beside samverkan.region.se).
      allowedOrigins: [`http://127.0.0.1:${otherPort}`],
    }, auth: { oidc: testBearerTokens(url) }, clock });
  let networks = 0;
  let outage = false;
  const apiSockets = new Set<Socket>();

  async function freshNetwork(name = `fyrbodal-${++networks}`): Promise<string> {
    const store = await stores.open(name);
    try {
      const loaded = await loadSample(store, 'fyrbodal');
      if (!loaded.ok) throw new Error(`sample: ${loaded.failed.error.message.en}`);
    } finally {
      await store.close();
    }
    return name;
  }
  await freshNetwork('fyrbodal');

  const app = new Hono<{ Bindings: { incoming: { socket: Socket } } }>();

  // Compressed, as an intranet's web server and a Samverkan server behind its load balancer
  // answer (gzip; the live stream is left alone): what a browser downloads is what the size
  // budgets count, and what Lighthouse's slow network carries.
  app.use('*', compress({ encoding: 'gzip' }));

  app.use('*', async (c, next) => {
    await next();
    // The intranet on another origin reaches the Samverkan server at its own address; the page
    // that frames a widget may frame the server's frame pages, and nothing else.
    if (c.req.path === '/host/cross-origin.html') c.header('Content-Security-Policy', `${strictCsp}; connect-src 'self' ${url}`);
    else if (c.req.path === '/host/frame.html') c.header('Content-Security-Policy', `${strictCsp}; frame-src ${embedUrl}`);
    else if (c.req.path.startsWith('/host/') || c.req.path === '/') c.header('Content-Security-Policy', strictCsp);
  });

  // The Samverkan server, cut off while the outage switch is on.
  app.all('/api/*', async (c) => {
    const socket = c.env.incoming.socket;
    if (outage) {
      socket.destroy();
      return new Response(null, { status: 503 });
    }
    apiSockets.add(socket);
    socket.once('close', () => apiSockets.delete(socket));
    return samverkan.app.fetch(c.req.raw, c.env);
  });

  // The guides' examples as written (docs/widgets/*.md and this package's README): the first
  // ```html block is the page (a fragment is put in a bare page), served under the policy the
  // guide gives (its `Content-Security-Policy:` line), with the guides' server address
  // (https://samverkan.region.se) replaced by this one's and `?network=` for the network.
  const guideFiles: Record<string, string> = {
    readme: join(packageRoot, 'README.md'),
    'plain-page': join(repoRoot, 'docs', 'widgets', 'plain-page.md'),
    sitevision: join(repoRoot, 'docs', 'widgets', 'sitevision.md'),
  };
  const fenced = (markdown: string, lang: string) => markdown.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```'))?.[1];
  const forThisServer = (text: string) => text.replaceAll('https://samverkan.region.se', url);
  app.get('/guide/:name', async (c) => {
    const file = guideFiles[c.req.param('name')];
    if (!file) return c.notFound();
    const markdown = await readFile(file, 'utf8');
    const csp = (markdown.match(/^Content-Security-Policy: (.+)$/m) ?? (await readFile(guideFiles['plain-page']!, 'utf8')).match(/^Content-Security-Policy: (.+)$/m))?.[1];
    let html = fenced(markdown, 'html');
    if (!html || !csp) return c.text('the guide has no ```html block or no Content-Security-Policy line', 500);
    if (!/^<!doctype/i.test(html)) html = `<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<title>Intranätet</title>\n</head>\n<body>\n<main>\n<h1>Intranätet</h1>\n${html}\n</main>\n</body>\n</html>\n`;
    html = forThisServer(html);
    const network = c.req.query('network');
    if (network && /^[a-z0-9-]+$/.test(network)) html = html.replaceAll('network="fyrbodal"', `network="${network}"`);
    c.header('Content-Security-Policy', forThisServer(csp));
    return c.html(html);
  });
  // The brand stylesheet the plain page links: the first ```css block of the branding guide.
  app.get('/css/samverkan-brand.css', async () => {
    const css = fenced(await readFile(join(repoRoot, 'docs', 'widgets', 'branding.md'), 'utf8'), 'css');
    return new Response(css ?? '', { status: css ? 200 : 404, headers: { 'content-type': types['.css']! } });
  });

  // The frame pages, as the Samverkan server serves them (with their own CSP).
  app.get('/embed/*', (c) => samverkan.app.fetch(c.req.raw, c.env));

  app.post('/test/network', async (c) => c.json({ network: await freshNetwork() }));
  app.get('/test/session', async (c) => {
    const network = c.req.query('network') ?? 'fyrbodal';
    const personId = c.req.query('person') ?? '';
    const person = await samverkan.registry.use(network, async (handle) => handle.runtime.getState().dataset.people.find((p) => p.id === personId));
    const claim = person?.identityClaims?.[0];
    if (!claim) return c.json({ error: 'no such person' }, 404);
    return c.json(await samverkan.issueSession([claim], 'test'));
  });
  app.get('/test/token', async (c) => {
    const network = c.req.query('network') ?? 'fyrbodal';
    const personId = c.req.query('person') ?? '';
    const person = await samverkan.registry.use(network, async (handle) => handle.runtime.getState().dataset.people.find((p) => p.id === personId));
    const claim = person?.identityClaims?.[0];
    if (!claim) return c.json({ error: 'no such person' }, 404);
    return c.json({ token: `test.${Buffer.from(JSON.stringify(claim)).toString('base64url')}` });
  });
  app.post('/test/outage', async (c) => {
    outage = c.req.query('on') === 'true';
    if (outage) for (const socket of apiSockets) socket.destroy();
    return c.json({ outage });
  });

  // Host pages with their placeholders filled (escaped), the built widgets, the host app, axe.
  const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  app.get('/host/:page', async (c) => {
    const page = c.req.param('page');
    if (!/^[\w-]+\.html$/.test(page)) return c.notFound();
    const template = await readFile(join(packageRoot, 'e2e', 'host-pages', page), 'utf8').catch(() => undefined);
    if (template === undefined) return c.notFound();
    const query = c.req.query();
    const html = template.replace(/\{\{(\w+)(?:\|([^}]*))?\}\}/g, (_all, name: string, fallback?: string) => escape(query[name] ?? fallback ?? ''));
    return c.html(html);
  });
  const serveFile = (base: string, prefix: string) => async (c: { req: { path: string } }) => {
    const relative = normalize(decodeURIComponent(c.req.path.slice(prefix.length)));
    if (relative.startsWith('..') || relative.includes('\0')) return new Response('not found', { status: 404 });
    const body = await readFile(join(base, relative)).catch(() => undefined);
    if (!body) return new Response('not found', { status: 404 });
    return new Response(body, { headers: { 'content-type': types[extname(relative)] ?? 'application/octet-stream', 'cache-control': 'no-cache' } });
  };
  app.get('/widgets/*', serveFile(join(packageRoot, 'dist'), '/widgets/'));
  app.get('/assets/*', serveFile(join(packageRoot, 'e2e', 'host-pages', 'assets'), '/assets/'));
  if (options.hostAppDir) app.get('/host-app/*', serveFile(options.hostAppDir, '/host-app/'));
  app.get('/test/axe.js', async () => new Response(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js')), { headers: { 'content-type': types['.js']! } }));

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, () => resolve(s));
  });
  const otherSite: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: otherPort }, () => resolve(s));
  });
  return {
    url,
    embedUrl,
    otherSiteUrl: `http://127.0.0.1:${otherPort}`,
    samverkan,
    async stop() {
      await samverkan.beginShutdown();
      for (const socket of apiSockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => otherSite.close(() => resolve()));
      await samverkan.close();
    },
  };
}
