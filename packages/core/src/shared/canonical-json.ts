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
  const keys = Object.keys(value);
  // Records are mostly written with their keys in one order; sort only when it is not sorted.
  if (!isSorted(keys)) keys.sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner === undefined) continue;
    if (!first) out += ',';
    out += JSON.stringify(key) + ':' + canonicalJson(inner);
    first = false;
  }
  return out + '}';
}

/** Whether `keys` are in the order `sort()` puts them (UTF-16 code units, as `<` compares). */
function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i]! < keys[i - 1]!) return false;
  return true;
}
