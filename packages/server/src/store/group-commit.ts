/**
 * Group commit: appends that arrive while another is being written wait, and then go to the
 * database together — one statement, one transaction, one commit for all of them
 * (`samverkan.append_group`, migrations/0004) — and each is still answered on its own, as if it
 * had been sent alone. Under load most of an append's cost is the statement and the commit, not
 * its rows: on PGlite, which runs in the server's own thread, a group of twenty costs about what
 * four single appends do; on PostgreSQL it saves round trips and connections.
 *
 * - An append that finds the database idle is sent at once (in the same task, so appends made
 *   together go together): no waiting for company.
 * - The appends of one group are sent in network order, so two groups (two processes on one
 *   database) lock networks in the same order and never deadlock.
 * - If the group's statement fails for any reason but a lost connection (a unique violation
 *   from a stream head edited by hand, bad data in one append), nothing of it was written, and
 *   its appends are sent again one by one: only the one at fault fails.
 * - A lost connection fails every append of the group, with whether COMMIT was under way.
 *
 * One group commit per database client: every network's store on that client shares it.
 */
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { isConnectionFailure } from './store-errors.js';
import type { AppendAnswer } from './append-answer.js';

/** An append that failed: the database's error, and whether COMMIT was under way when it came. */
export class AppendFailure {
  constructor(
    readonly cause: unknown,
    /** True when the connection broke during COMMIT: the append may be in the log or not. */
    readonly committing: boolean,
  ) {}
}

export interface GroupCommit {
  /**
   * Appends `parts` (one append's JSON, as `samverkan.append` takes it) to `network`'s log.
   * Resolves with the database's answer; rejects with an `AppendFailure`.
   */
  append(network: string, parts: string): Promise<AppendAnswer>;
}

/** Most appends in one group, and most characters of JSON: a large batch goes on its own. */
const MAX_GROUP = 64;
const MAX_GROUP_CHARS = 1_000_000;

/**
 * Groups written at the same time. PGlite has one connection and runs one statement at a time,
 * so one. A PostgreSQL pool runs several at once; two keep the connection busy while the last
 * group's answer comes back, and leave the pool's other connections for reads.
 */
const IN_FLIGHT: Record<SqlClient['kind'], number> = { pglite: 1, postgres: 2 };

interface Waiting {
  network: string;
  parts: string;
  resolve(answer: AppendAnswer): void;
  reject(failure: AppendFailure): void;
}

const commits = new WeakMap<SqlClient, Map<string, GroupCommit>>();

/** The group commit of `sql` whose commits are announced on `channel` (made on first use). */
export function groupCommitOf(sql: SqlClient, channel: string): GroupCommit {
  let byChannel = commits.get(sql);
  if (!byChannel) commits.set(sql, (byChannel = new Map()));
  let commit = byChannel.get(channel);
  if (!commit) byChannel.set(channel, (commit = createGroupCommit(sql, channel)));
  return commit;
}

export function createGroupCommit(sql: SqlClient, channel: string): GroupCommit {
  const waiting: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  function schedule(): void {
    if (scheduled || inFlight >= IN_FLIGHT[sql.kind] || waiting.length === 0) return;
    scheduled = true;
    // After the I/O callbacks now due: appends made by the requests that arrived together join
    // one group. (PGlite answers within the task that asked, so without this wait no append would
    // ever find another in flight.)
    setImmediate(() => {
      scheduled = false;
      while (inFlight < IN_FLIGHT[sql.kind] && waiting.length > 0) void send(take());
    });
  }

  /** The next group: the longest run of waiting appends within the limits. */
  function take(): Waiting[] {
    let chars = 0;
    let count = 0;
    while (count < waiting.length && count < MAX_GROUP) {
      chars += waiting[count]!.parts.length;
      if (count > 0 && chars > MAX_GROUP_CHARS) break;
      count += 1;
    }
    return waiting.splice(0, count);
  }

  async function send(group: Waiting[]): Promise<void> {
    inFlight += 1;
    try {
      if (group.length === 1) await alone(group[0]!);
      else await together(group);
    } finally {
      inFlight -= 1;
      schedule();
    }
  }

  async function alone(one: Waiting): Promise<void> {
    let committing = false;
    try {
      const answer = await run(async (on) => {
        const { rows } = await on.query<{ answer: AppendAnswer }>('SELECT samverkan.append($1, $2::text::jsonb, $3) AS answer', [one.network, one.parts, channel]);
        committing = true;
        return rows[0]!.answer;
      });
      one.resolve(answer);
    } catch (error) {
      one.reject(new AppendFailure(error, committing));
    }
  }

  async function together(group: Waiting[]): Promise<void> {
    // Network order (stable: one network's appends keep the order they came in).
    const ordered = [...group].sort((a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : 0));
    let committing = false;
    let answers: AppendAnswer[];
    try {
      answers = await run(async (on) => {
        const { rows } = await on.query<{ answers: AppendAnswer[] }>('SELECT samverkan.append_group($1::text[], $2::text[], $3) AS answers', [
          ordered.map((each) => each.network),
          ordered.map((each) => each.parts),
          channel,
        ]);
        committing = true;
        return rows[0]!.answers;
      });
    } catch (error) {
      if (isConnectionFailure(error)) {
        for (const each of ordered) each.reject(new AppendFailure(error, committing));
        return;
      }
      // Nothing of the group was written: one by one, so that only the append at fault fails.
      for (const each of ordered) await alone(each);
      return;
    }
    if (answers.length !== ordered.length) {
      const error = new Error(`Event store: the database answered ${answers.length} appends of a group of ${ordered.length}.`);
      for (const each of ordered) each.reject(new AppendFailure(error, true));
      return;
    }
    ordered.forEach((each, index) => each.resolve(answers[index]!));
  }

  /**
   * One statement is a transaction of its own. PGlite runs in this process (no connection to
   * lose before COMMIT), so it is sent alone — two round trips fewer (BEGIN, COMMIT). On a
   * PostgreSQL connection the explicit transaction tells a failure before the commit (nothing
   * written) from one during it (unknown).
   */
  function run<T>(work: (on: SqlQueryable) => Promise<T>): Promise<T> {
    return sql.kind === 'pglite' ? work(sql) : sql.transaction(work);
  }

  return {
    append(network: string, parts: string): Promise<AppendAnswer> {
      return new Promise<AppendAnswer>((resolve, reject) => {
        waiting.push({ network, parts, resolve, reject });
        schedule();
      });
    },
  };
}
