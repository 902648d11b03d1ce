/**
 * A type whose every property, array and nested object is read-only, as the exported data is at run time.
 *
 * @example
 * ```ts
 * import type { DeepReadonly, Treaty } from 'china-security-risk-data';
 * const t: DeepReadonly<Treaty> | undefined = undefined;
 * ```
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? ReadonlyArray<DeepReadonly<U>>
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<DeepReadonly<U>>
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freezes a value and everything reachable from it, and returns it typed as deeply read-only.
 * Used once per table when its module loads.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

/**
 * Parses a table's JSON text and freezes every record, array and nested object of it, in one pass.
 *
 * @internal
 */
export function parseTable<T>(json: string): ReadonlyArray<DeepReadonly<T>> {
  return deepFreeze(JSON.parse(json) as T[]);
}
