/**
 * A request's body as text, refused with 413 once it passes its limit — before it is read when
 * its Content-Length says so, else as the bytes arrive (a body sent in chunks has no length).
 *
 * Served by `@hono/node-server`, the body is read straight from Node's request stream: Hono's
 * `bodyLimit` and `c.req.text()` build a web Request with a web stream over it for every request,
 * which was about a tenth of the server's CPU per command under load. Elsewhere (another runtime,
 * or a body something has begun to read) it is read from the web Request.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpError, refusals } from './http-errors.js';

export async function readBody(c: Context<AppEnv>, maxBytes: number): Promise<string> {
  const declared = Number(c.req.header('content-length'));
  if (declared > maxBytes) throw new HttpError(refusals.tooLarge(maxBytes));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array): void => {
    size += chunk.byteLength;
    if (size > maxBytes) throw new HttpError(refusals.tooLarge(maxBytes));
    chunks.push(chunk);
  };
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && !incoming.readableDidRead) {
    for await (const chunk of incoming) take(chunk as Buffer);
  } else {
    const reader = c.req.raw.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) take(part.value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
