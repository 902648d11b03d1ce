/** Test utilities: walk every nested object of a value. */
export function* walk(value: unknown, path = '$'): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* walk(v, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    yield [path, value as Record<string, unknown>];
    for (const [k, v] of Object.entries(value)) yield* walk(v, `${path}.${k}`);
  }
}

/** Nested FuzzyDate objects (objects with `value` and `precision`). */
export function* fuzzyDates(value: unknown, path = '$') {
  for (const [p, o] of walk(value, path)) {
    if (typeof o.value === 'string' && typeof o.precision === 'string')
      yield [p, o as { value: string; precision: string; end?: string }] as const;
  }
}

/** Nested citations (objects with a string `source`). */
export function* citations(value: unknown, path = '$') {
  for (const [p, o] of walk(value, path)) {
    if (typeof o.source === 'string') yield [p, o as { source: string; section?: string; excerpt?: string }] as const;
  }
}
