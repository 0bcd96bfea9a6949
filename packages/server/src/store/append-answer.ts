/** What `samverkan.append` answers for one append (see migrations/0003-append-function.sql). */
import type { EventRow } from './event-record.js';

export type AppendAnswer =
  | { conflict: { index: number; stream: string; expected: number; actual: number } }
  | { first: number | string; written: number; parts: Array<{ from: number } | { duplicate: EventRow[] }> };
