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
 * Freezes a value fresh from `JSON.parse` and everything in it, without recursion and without asking
 * whether an object is frozen already (nothing parsed is): the cheaper walk for the tables, which are
 * frozen when their module loads.
 */
function freezeParsed(root: unknown): void {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown>;
    Object.freeze(value);
    for (const key in value) {
      const child = value[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
}

/**
 * Parses a table's JSON text and freezes every record, array and nested object of it.
 *
 * @internal
 */
export function parseTable<T>(json: string): ReadonlyArray<DeepReadonly<T>> {
  const rows = JSON.parse(json) as T[];
  freezeParsed(rows);
  return rows as ReadonlyArray<DeepReadonly<T>>;
}
