/**
 * Serving the app over HTTP with `@hono/node-server`, and stopping it gracefully: on `stop()` (or
 * SIGTERM/SIGINT with `stopOnSignals`) new connections are refused and new requests answered
 * 503, live streams end (clients reconnect elsewhere with `Last-Event-ID`), and the requests in
 * flight — commands being written — finish before the networks and the database are closed.
 * What is still running after `shutdownTimeoutMs` is cut off.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { SamverkanServer } from './create-server.js';

export interface RunningServer {
  /** The address it listens on, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  readonly port: number;
  readonly httpServer: Server;
  /** How many requests are being answered now. */
  readonly inFlight: number;
  /** Stops gracefully (see the module's comment); resolves when everything is closed. */
  stop(): Promise<void>;
}

export async function listen(server: SamverkanServer, options: { host?: string; port?: number; stopOnSignals?: boolean } = {}): Promise<RunningServer> {
  const host = options.host ?? server.config.host;
  const port = options.port ?? server.config.port;
  const httpServer = await new Promise<Server>((resolve, reject) => {
    const created = serve({ fetch: server.app.fetch, hostname: host, port }, () => resolve(created as Server)) as Server;
    created.once('error', reject);
  });
  // Slow clients cannot hold a connection open by dribbling headers or a body.
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = server.config.requestTimeoutMs + 5_000;
  httpServer.keepAliveTimeout = 5_000;

  let inFlight = 0;
  let drained: (() => void) | undefined;
  httpServer.on('request', (_request, response) => {
    inFlight += 1;
    response.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    });
  });

  const address = httpServer.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let stopping: Promise<void> | undefined;

  function stop(): Promise<void> {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.beginShutdown();
      httpServer.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => {
            drained = resolve;
          }),
          new Promise((resolve) => setTimeout(resolve, server.config.shutdownTimeoutMs).unref()),
        ]);
      }
      httpServer.closeAllConnections();
      await closed;
      await server.close();
    })();
    return stopping;
  }

  if (options.stopOnSignals) {
    const onSignal = () => {
      void stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }

  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    httpServer,
    get inFlight() {
      return inFlight;
    },
    stop,
  };
}
