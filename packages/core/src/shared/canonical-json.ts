/**
 * One text for one value: JSON with object keys sorted, so two equal values always serialise
 * the same way and a hash of it identifies the content (a retried command, a record's
 * fingerprint). `undefined` fields are left out, as JSON does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Built as one string, without intermediate arrays: replay computes this for every stored
  // event (its hash), so it is on the hot path.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const inner: unknown = value[i];
      if (i > 0) out += ',';
      out += inner === undefined ? 'null' : canonicalJson(inner);
    }
    return out + ']';
  }
  const keys = sortKeys(Object.keys(value));
  let out = '{';
  let first = true;
  for (const key of keys) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner === undefined) continue;
    const name = quotedKey(key);
    out += (first ? name : ',' + name) + canonicalJson(inner);
    first = false;
  }
  return out + '}';
}

/**
 * The keys in the order `sort()` puts them (UTF-16 code units, as `<` compares). The few keys of
 * a record are sorted in place by insertion (no work when already in order), cheaper than the
 * general sort, which is kept for objects with many keys.
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/** `"key":` for the keys seen most: records repeat the same few field names event after event. */
const quotedKeys = new Map<string, string>();
function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    // A bounded list: keys that are data (ids as keys) must not make it grow without end.
    if (quotedKeys.size < 2_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}
