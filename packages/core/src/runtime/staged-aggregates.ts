/**
 * The aggregates as a batch (`dispatchAll`) has staged them: the live ones, with the batch's own
 * changes over them, kept apart. A batch used to start from a copy of every live aggregate — a
 * cost that grew with the log for a batch of any size; this reads through to the live map
 * instead, which is the same as long as the live map does not change while the batch is checked
 * (nothing awaits between the staging and the write).
 */
/** What checking a command reads of the aggregates (a `Map` is one, and so is a staged batch). */
export interface AggregateLookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  values(): Iterable<V>;
}

export class StagedAggregates<V> implements AggregateLookup<V> {
  readonly #live: ReadonlyMap<string, V>;
  readonly #own = new Map<string, V>();

  constructor(live: ReadonlyMap<string, V>) {
    this.#live = live;
  }

  get(key: string): V | undefined {
    return this.#own.has(key) ? this.#own.get(key) : this.#live.get(key);
  }

  has(key: string): boolean {
    return this.#own.has(key) || this.#live.has(key);
  }

  set(key: string, value: V): this {
    this.#own.set(key, value);
    return this;
  }

  /** Every aggregate, in the order a copy of the live map with the batch's changes set on it would give. */
  *values(): IterableIterator<V> {
    for (const [key, value] of this.#live) yield this.#own.has(key) ? (this.#own.get(key) as V) : value;
    for (const [key, value] of this.#own) if (!this.#live.has(key)) yield value;
  }
}
