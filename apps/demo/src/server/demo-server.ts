/**
 * Whether the demo runs on its shared server (`npm start`: apps/demo/server/demo-server.mjs) or
 * alone in the browser (`DEMO_MODE=static`, `vite preview`). The shared server answers
 * `GET /demo/networks`; a static host answers with the app's own index page instead. Asked
 * once per page load, by index.html already (a preload), so the answer does not wait for the entry.
 */
export interface DemoServer {
  /** The networks the server holds. */
  networks: readonly string[];
  /** The development sign-in page (a real deployment signs in with OpenID Connect instead). */
  signIn: string;
}

let asked: Promise<DemoServer | undefined> | undefined;

async function ask(): Promise<DemoServer | undefined> {
  try {
    // A plain GET, as index.html's <link rel=preload> asks it, so the browser hands over that response.
    const response = await fetch('/demo/networks');
    if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) return undefined;
    const body = (await response.json()) as Partial<DemoServer>;
    if (!Array.isArray(body.networks) || typeof body.signIn !== 'string' || !body.signIn.startsWith('/')) return undefined;
    return { networks: body.networks.filter((n): n is string => typeof n === 'string'), signIn: body.signIn };
  } catch {
    return undefined;
  }
}

/** The shared server the demo runs on, or undefined when it runs in the browser alone. */
export function demoServer(): Promise<DemoServer | undefined> {
  asked ??= ask();
  return asked;
}

/** The sign-in page for a network, coming back to `returnTo` (a path of the demo) after. */
export function signInUrl(server: DemoServer, network: string, returnTo: string): string {
  return `${server.signIn}?${new URLSearchParams({ network, returnTo }).toString()}`;
}

/** Ends the session on the server (its cookie is HTTP-only: only the server can clear it). */
export async function signOut(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', headers: { 'x-samverkan-request': '1' } });
}
