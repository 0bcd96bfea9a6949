/**
 * The server's live stream of a network's log (Server-Sent Events), read with fetch so that a
 * bearer token can go along (EventSource cannot send one). Each message carries the events of
 * one append and the log position of its last event; after a cut connection the reader asks
 * for what came after the last position it handed on (`Last-Event-ID`), waiting a little longer
 * each time the server cannot be reached — so no event is missed and none comes twice.
 */
import type { StoredEvent } from '@samverkan/core/runtime';
import type { ServerConnection } from './server-connection.js';

export interface LiveEventsOptions {
  connection: ServerConnection;
  network: string;
  /** The last log position already held; the stream starts after it. */
  after: () => number;
  onEvents: (events: StoredEvent[]) => void;
  /** Connected (true) or lost, waiting to reconnect (false). */
  onStatus?: (connected: boolean) => void;
}

/** Follows the stream until the returned function is called. */
export function followLiveEvents(options: LiveEventsOptions): () => void {
  let stopped = false;
  let controller: AbortController | undefined;
  let delay = 500;

  async function connect(): Promise<void> {
    while (!stopped) {
      controller = new AbortController();
      try {
        const response = await options.connection.request(options.connection.networkUrl(options.network, '/events'), {
          headers: { accept: 'text/event-stream', 'last-event-id': String(options.after()) },
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw new Error(`${response.status}`);
        options.onStatus?.(true);
        delay = 500;
        await read(response.body);
      } catch {
        // Cut, refused or unreachable: try again below.
      }
      if (stopped) return;
      options.onStatus?.(false);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 15_000);
    }
  }

  async function read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        const data = message
          .split(/\r?\n/)
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, ''))
          .join('\n');
        const isEvents = /^event:\s*events\s*$/m.test(message);
        if (!isEvents || data === '') continue;
        const events = JSON.parse(data) as StoredEvent[];
        // Only what comes after what is held: a resumed stream never hands an event on twice.
        const fresh = events.filter((e) => e.position > options.after());
        if (fresh.length > 0) options.onEvents(fresh);
      }
    }
  }

  void connect();
  return () => {
    stopped = true;
    controller?.abort();
  };
}
