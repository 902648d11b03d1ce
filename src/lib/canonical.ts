/**
 * Canonical JSON: the one serialisation the shipped files and the dataset fingerprint are made from.
 *
 * - object keys in ascending order of UTF-16 code units (JavaScript's default sort; every key in the
 *   data is ASCII, so this is also code-point and byte order);
 * - properties whose value is `undefined` left out, as `JSON.stringify` does;
 * - arrays in their order; strings and numbers as `JSON.stringify` writes them (no escaping of
 *   non-ASCII characters).
 *
 * @internal
 */

/** A copy of a JSON-compatible value with every object's keys in sorted order. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** Canonical JSON without white space (the fingerprint's input). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}
