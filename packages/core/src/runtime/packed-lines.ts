/**
 * Lines kept as a snapshot wrote them — one text per stream, one line per event id or per
 * command place — with a hash index over each line's key (the whole line, or with `keyEndsAtTab`
 * the text before its first tab), so that a key is found without one string and one map entry per line. At a
 * million events the strings and map entries a snapshot start made for them were a fifth of its
 * time, and most of what garbage collection walked through afterwards.
 *
 * A key with a line break (or, with `keyEndsAtTab`, a tab) is in no line.
 */

const EMPTY = new Int32Array(0);

/** FNV-1a over `text` from `start` up to a line break (or `tab`, if one is given) or the end; the end is returned too. */
function hashKey(text: string, start: number, tab: number): [hash: number, end: number] {
  let hash = 0x811c9dc5 | 0;
  let i = start;
  for (let c = text.charCodeAt(i); i < text.length && c !== 10 && c !== tab; c = text.charCodeAt(++i)) hash = Math.imul(hash ^ c, 16777619);
  return [hash, i];
}

export class PackedLines {
  /** The character a key ends at besides a line break: a tab, or none (-1). */
  private readonly tab: number;
  private texts: string[] = [];
  private owners: string[] = [];
  /** Per line (in the order added): its text's index, where it starts, and its key's hash. */
  private textOf = EMPTY;
  private startOf = EMPTY;
  private hashOf = EMPTY;
  private size = 0;
  /** Open addressing: a line's number + 1 per slot, 0 where empty; never more than half full. */
  private table = EMPTY;

  constructor(keyEndsAtTab = false) {
    this.tab = keyEndsAtTab ? 9 : -1;
  }

  /** Keeps `text` (lines separated by line breaks; empty: none) as `owner`'s and indexes its keys. */
  add(owner: string, text: string): void {
    const t = this.texts.push(text) - 1;
    this.owners.push(owner);
    for (let start = 0; text !== '' && start <= text.length; ) {
      const [hash, end] = hashKey(text, start, this.tab);
      this.insert(t, start, hash);
      const next = text.indexOf('\n', end);
      start = next < 0 ? text.length + 1 : next + 1;
    }
  }

  /** Calls `each` with the owner, text and start of every line whose key is `key`, in the order added. */
  find(key: string, each: (owner: string, text: string, start: number) => void): void {
    const found: number[] = [];
    this.lines(key, found);
    for (const line of found.sort((a, b) => a - b)) each(this.owners[this.textOf[line]!]!, this.texts[this.textOf[line]!]!, this.startOf[line]!);
  }

  /** Whether a line has the key `key` (asked for every event replayed: allocates nothing). */
  has(key: string): boolean {
    return this.lines(key);
  }

  /** Whether a line has the key `key`; with `found`, every such line's number is pushed to it. */
  private lines(key: string, found?: number[]): boolean {
    const [hash, end] = hashKey(key, 0, this.tab);
    if (this.size === 0 || end !== key.length) return false;
    const mask = this.table.length - 1;
    let any = false;
    for (let slot = hash & mask; this.table[slot] !== 0; slot = (slot + 1) & mask) {
      const line = this.table[slot]! - 1;
      if (this.hashOf[line] !== hash) continue;
      const text = this.texts[this.textOf[line]!]!;
      const start = this.startOf[line]!;
      const after = text.charCodeAt(start + key.length);
      if (!text.startsWith(key, start) || !(after === this.tab || after === 10 || Number.isNaN(after))) continue;
      if (!found) return true;
      any = true;
      found.push(line);
    }
    return any;
  }

  /** Every owner's text, in the order added. */
  *entries(): IterableIterator<[owner: string, text: string]> {
    for (let t = 0; t < this.texts.length; t++) yield [this.owners[t]!, this.texts[t]!];
  }

  clear(): void {
    this.texts = [];
    this.owners = [];
    this.textOf = this.startOf = this.hashOf = this.table = EMPTY;
    this.size = 0;
  }

  private insert(text: number, start: number, hash: number): void {
    if (this.size === this.textOf.length) {
      const grow = (from: Int32Array) => {
        const to = new Int32Array(Math.max(1024, from.length * 2));
        to.set(from);
        return to;
      };
      this.textOf = grow(this.textOf);
      this.startOf = grow(this.startOf);
      this.hashOf = grow(this.hashOf);
    }
    const line = this.size++;
    this.textOf[line] = text;
    this.startOf[line] = start;
    this.hashOf[line] = hash;
    if (this.size * 2 > this.table.length) this.rehash(Math.max(2048, this.table.length * 2));
    else this.place(line);
  }

  private rehash(slots: number): void {
    this.table = new Int32Array(slots);
    for (let line = 0; line < this.size; line++) this.place(line);
  }

  private place(line: number): void {
    const mask = this.table.length - 1;
    let slot = this.hashOf[line]! & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = line + 1;
  }
}

/** Whether a key can be one line of a packed text (and of a snapshot's): not empty, no line break or tab. */
export const fitsLine = (text: string): boolean => text.length > 0 && !text.includes('\n') && !text.includes('\t');

/** A line of `text` from `start` (without its line break). */
export function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}
