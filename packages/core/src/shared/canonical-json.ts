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
      out += `${i === 0 ? '' : ','}${inner === undefined ? 'null' : canonicalJson(inner)}`;
    }
    return `${out}]`;
  }
  const keys = Object.keys(value).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(inner)}`;
    first = false;
  }
  return `${out}}`;
}
