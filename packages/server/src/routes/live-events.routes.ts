/**
 * The live stream of a network's log, as Server-Sent Events, for its members. Each message is
 * `event: events` with the stored events of one append (a command's events, a batch) as a JSON
 * array, and `id:` the log position of its last event. A client that reconnects sends the last
 * id it saw (`Last-Event-ID`, which EventSource does by itself, or `?from=<position>`) and gets
 * every event after it, then the live ones — no gap and no event twice:
 *
 * 1. it starts hearing the network's appends (held back, not sent yet);
 * 2. it reads the log after the client's position and sends it;
 * 3. it sends what it held back and then what arrives, each event only if its position is past
 *    the last one sent (a hole — never expected — is filled from the log first).
 *
 * A comment line every `SSE_HEARTBEAT_MS` keeps proxies from closing an idle stream. The stream
 * ends when the client goes, when the session ends, and at shutdown.
 */
import type { StoredEvent } from '@samverkan/core/runtime';
import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { AppEnv, ServerParts } from '../server/app-env.js';
import { asMember, badParameters, networkParam } from './network-access.js';

/** Events per message when catching up on the log. */
const BACKLOG_CHUNK = 500;

export function liveEventRoutes(parts: ServerParts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:network/events', async (c) => {
    const given = c.req.header('last-event-id') ?? c.req.query('from') ?? '0';
    const after = Number(given);
    if (!Number.isSafeInteger(after) || after < 0) throw badParameters([{ path: ['Last-Event-ID'], message: 'must be a log position (a whole number ≥ 0)' }]);
    // Membership is checked once, at the start; the lease keeps the network loaded while streaming.
    await asMember(parts, c, async () => undefined);
    const { handle, release } = await parts.registry.lease(networkParam(c));
    const caller = c.get('caller');
    const log = parts.log;

    return streamSSE(c, async (stream) => {
      let lastSent = after;
      let live = false;
      let pumping = false;
      const held: StoredEvent[][] = [];
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => {
        finish = resolve;
      });
      const entry = { close: () => finish() };
      parts.liveStreams.add(entry);

      async function send(events: readonly StoredEvent[]): Promise<void> {
        const fresh = events.filter((event) => event.position > lastSent);
        if (fresh.length === 0) return;
        if (fresh[0]!.position > lastSent + 1) {
          // A hole between what was sent and what arrived: fill it from the log first.
          const missing = (await handle.store.readAll(lastSent + 1)).filter((event) => event.position < fresh[0]!.position);
          if (missing.length > 0) await write(stream, missing);
        }
        await write(stream, fresh);
      }
      async function write(target: SSEStreamingApi, events: readonly StoredEvent[]): Promise<void> {
        const last = events.at(-1)!.position;
        await target.writeSSE({ event: 'events', id: String(last), data: JSON.stringify(events) });
        lastSent = Math.max(lastSent, last);
      }
      async function pump(): Promise<void> {
        if (pumping || !live) return;
        pumping = true;
        try {
          while (held.length > 0 && !stream.closed && !stream.aborted) await send(held.shift()!);
        } catch (error) {
          log.warn('live stream write failed', { network: handle.name, error: error as Error });
          finish();
        } finally {
          pumping = false;
        }
      }

      const stopHearing = handle.onEvents((events) => {
        held.push([...events]);
        void pump();
      });
      const heartbeat = setInterval(() => {
        void stream.write(': heartbeat\n\n').catch(() => finish());
      }, parts.config.sseHeartbeatMs);
      // A session ends while its stream is open: the stream ends too (the client signs in again).
      const untilExpiry = caller.kind === 'session' ? caller.session.expiresAt * 1000 - Date.now() : undefined;
      const expiry = untilExpiry !== undefined ? setTimeout(() => finish(), Math.max(0, Math.min(untilExpiry, 2 ** 31 - 1))) : undefined;
      stream.onAbort(() => finish());

      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ network: handle.name, after }), retry: 3_000 });
        let backlog = await handle.store.readAll(after + 1);
        while (backlog.length > 0) {
          await send(backlog.slice(0, BACKLOG_CHUNK));
          backlog = backlog.slice(BACKLOG_CHUNK);
        }
        live = true;
        await pump();
        await finished;
      } catch (error) {
        log.warn('live stream ended by an error', { network: handle.name, error: error as Error });
      } finally {
        clearInterval(heartbeat);
        if (expiry) clearTimeout(expiry);
        stopHearing();
        parts.liveStreams.delete(entry);
        release();
        if (!stream.closed) await stream.close().catch(() => undefined);
      }
    });
  });

  return app;
}
