/**
 * A sample network on the demo's shared server: the same `Samverkan` interface as the
 * browser's own copy, through `@samverkan/server/client` — reads from a copy of the log the
 * browser replays and keeps live, commands sent to the server. Who acts is the signed-in
 * person and the time is the server's: there is no person switcher and no movable clock, as
 * in a real deployment. The copy is kept in memory only, so nobody's personal data stays in a
 * browser after the tab is closed.
 */
import type { Samverkan } from '@samverkan/core/runtime';
import type { DemoServer } from './demo-server.js';

export interface SharedSample {
  kind: 'server';
  runtime: Samverkan;
  server: DemoServer;
  /** The signed-in person in this network, or undefined when signed out (or not a member). */
  personId: string | undefined;
  /** The network's clock, as the server keeps it. */
  now(): string;
  /** The instant the network's clock showed when it was opened (the "today" a page starts from). */
  referenceDate: string;
  /** Calls `listener` when the live connection comes or goes; returns an unsubscribe. */
  onConnection(listener: (connected: boolean) => void): () => void;
  connected(): boolean;
}

export async function openShared(network: string, server: DemoServer): Promise<SharedSample> {
  // Loaded only on the shared server, so the browser-only demo carries none of it.
  const { connectToNetwork } = await import('@samverkan/server/client');
  const remote = await connectToNetwork({ server: globalThis.location.origin, network });
  return {
    kind: 'server',
    runtime: remote.runtime,
    server,
    personId: remote.personId,
    now: remote.now,
    referenceDate: remote.now(),
    onConnection: remote.onConnection,
    connected: remote.connected,
  };
}
