/**
 * The maps of a published `RuntimeState` (meetings, mandates …): read-only, and never changed
 * once published — a UI that holds an old state keeps seeing it as it was. Copying a whole map
 * for every command made dispatch cost grow with the log (a national log holds ~80 000
 * meetings), so a new map shares its predecessor's entries: a large `base` that is never changed
 * and a small `delta` of the entries written since, copied on each write. When the delta
 * outgrows about √size entries the two are merged into a new base, so a write costs about √size
 * copies, amortised, instead of size.
 *
 * It is a `Map` (`instanceof Map`, `[object Map]`) that reads and iterates exactly as a `Map`
 * built by the same writes would — an updated key keeps its place, a new one comes last — but
 * its entries live in `base` and `delta`, not in the `Map` itself: `set`, `delete` and `clear`
 * throw, and `structuredClone` sees an empty map (copy it with `new Map(map)` first).
 */
export class PublishedMap<K, V> extends Map<K, V> {
  readonly #base: ReadonlyMap<K, V>;
  readonly #delta: ReadonlyMap<K, V>;
  readonly #size: number;

  private constructor(base: ReadonlyMap<K, V>, delta: ReadonlyMap<K, V>, size: number) {
    super();
    this.#base = base;
    this.#delta = delta;
    this.#size = size;
  }

  /** A published map of these entries, in their order. */
  static of<K, V>(entries: Iterable<readonly [K, V]> = []): PublishedMap<K, V> {
    const base = new Map(entries);
    return new PublishedMap(base, new Map(), base.size);
  }

  /**
   * A new published map with `changes` written over this one's entries (this one is unchanged):
   * the same result as copying it into a `Map` and setting each change in order.
   */
  with(changes: Iterable<readonly [K, V]>): PublishedMap<K, V> {
    const delta = new Map(this.#delta);
    let size = this.#size;
    for (const [key, value] of changes) {
      if (!delta.has(key) && !this.#base.has(key)) size += 1;
      delta.set(key, value);
    }
    if (delta.size * delta.size > Math.max(1024, this.#base.size)) {
      const base = new Map(this.#base);
      for (const [key, value] of delta) base.set(key, value);
      return new PublishedMap(base, new Map(), size);
    }
    return new PublishedMap(this.#base, delta, size);
  }

  override get size(): number {
    return this.#size;
  }

  override get(key: K): V | undefined {
    return this.#delta.has(key) ? this.#delta.get(key) : this.#base.get(key);
  }

  override has(key: K): boolean {
    return this.#delta.has(key) || this.#base.has(key);
  }

  override *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.#base) yield [key, this.#delta.has(key) ? (this.#delta.get(key) as V) : value];
    for (const [key, value] of this.#delta) if (!this.#base.has(key)) yield [key, value];
  }

  override *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override set(): this {
    throw new TypeError('A published state is read-only: its maps cannot be changed.');
  }

  override delete(): boolean {
    throw new TypeError('A published state is read-only: its maps cannot be changed.');
  }

  override clear(): void {
    throw new TypeError('A published state is read-only: its maps cannot be changed.');
  }

  /** What Node's `console.log` and `util.inspect` show: the entries, as for a `Map`. */
  [Symbol.for('nodejs.util.inspect.custom')](): Map<K, V> {
    return new Map(this.entries());
  }
}
