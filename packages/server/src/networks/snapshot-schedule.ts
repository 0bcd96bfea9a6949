/**
 * When a network's snapshots are written: once `every` events are in its state that the last
 * ones do not cover (replayed on load, or appended since) — in the background after a load, when
 * the network has been quiet for `quietMs` (a network in use for days is not left to a crash's
 * full replay, and a write never lands in the middle of a burst of commands), and when it is
 * released or the registry closes — one write at a time. A failed write is logged and tried
 * again at the next occasion; the network goes on either way (snapshots are a cache, the log is
 * the record).
 */
import type { Samverkan } from '@samverkan/core/runtime';
import type { Logger } from '../server/logger.js';

export class SnapshotSchedule {
  #uncovered = 0;
  #writing: Promise<void> | undefined;
  #quiet: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(
    readonly network: string,
    readonly runtime: Samverkan,
    readonly every: number,
    readonly log: Logger,
    readonly quietMs = 30_000,
  ) {}

  /** `count` more events are in the state (replayed on load, or appended since). */
  heard(count: number): void {
    this.#uncovered += count;
    clearTimeout(this.#quiet);
    if (this.#stopped || this.every <= 0 || this.#uncovered < this.every) return;
    this.#quiet = setTimeout(() => void this.saveIfDue('quiet'), this.quietMs);
    this.#quiet.unref();
  }

  /** No more writes when quiet (the network is being released: its last write is `saveIfDue('released')`). */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#quiet);
  }

  /** Writes the snapshots if enough events came since the last ones (waits for a write under way). */
  async saveIfDue(occasion: 'loaded' | 'quiet' | 'released'): Promise<void> {
    if (this.#writing) await this.#writing;
    if (this.every <= 0 || this.#uncovered < this.every) return;
    const covering = this.#uncovered;
    this.#uncovered = 0;
    this.#writing = this.#save(occasion, covering).finally(() => {
      this.#writing = undefined;
    });
    await this.#writing;
  }

  async #save(occasion: string, covering: number): Promise<void> {
    const started = Date.now();
    let failure: string;
    try {
      const saved = await this.runtime.saveSnapshots();
      if (saved.ok) {
        this.log.info('snapshots written', { network: this.network, occasion, streams: saved.streams, position: saved.position, events: covering, ms: Date.now() - started });
        return;
      }
      failure = saved.message.en;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    this.#uncovered += covering;
    this.log.warn('snapshots not written', { network: this.network, occasion, reason: failure });
  }
}
