/**
 * Reads an options argument the way every public function does: `undefined` is no options; anything but
 * a plain object (a string, a Date, an array, a Map, a class instance) is a `TypeError`; only the
 * object's own properties are read, each once (getters run once), so nothing set on `Object.prototype`
 * changes an answer; an option the function does not know is a `TypeError` naming it.
 *
 * @internal
 */
import { formatValue } from './format.js';

const getPrototypeOf = Reflect.getPrototypeOf;
const ownKeys = Reflect.ownKeys;
const getOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
const apply = Reflect.apply;

function isPlainObject(value: object): boolean {
  const proto = getPrototypeOf(value);
  // A null-prototype object, or an object whose prototype is some realm's Object.prototype.
  return proto === null || getPrototypeOf(proto) === null;
}

/**
 * The own values of the known options, read once each.
 *
 * @param options - What the caller passed.
 * @param known - The option names the function takes.
 * @param fn - The function's name, for messages.
 * @throws TypeError when `options` is not a plain object or holds an unknown option.
 */
export function readOptions<K extends string>(
  options: unknown,
  known: readonly K[],
  fn: string,
): Partial<Record<K, unknown>> {
  if (options === undefined) return Object.create(null) as Partial<Record<K, unknown>>;
  const expected = `expected an options object with ${known.map((k) => `\`${k}\``).join(' or ')}`;
  let plain = false;
  try {
    plain = options !== null && typeof options === 'object' && isPlainObject(options);
  } catch {
    plain = false;
  }
  if (!plain) throw new TypeError(`${fn}: options: ${expected}, got ${describeOptions(options)}`);
  const out = Object.create(null) as Partial<Record<K, unknown>>;
  const keys = ownKeys(options as object);
  for (const key of keys) {
    if (typeof key === 'symbol' || !(known as readonly string[]).includes(key)) {
      const shown = typeof key === 'symbol' ? 'a symbol key' : formatValue(key);
      throw new TypeError(`${fn}: unknown option ${shown}; ${expected}`);
    }
  }
  for (const key of known) {
    const descriptor = getOwnPropertyDescriptor(options as object, key);
    if (!descriptor) continue;
    out[key] =
      'value' in descriptor ? descriptor.value : descriptor.get ? apply(descriptor.get, options, []) : undefined;
  }
  return out;
}

function describeOptions(value: unknown): string {
  if (typeof value === 'string') return `the string ${formatValue(value)} (pass { … } instead)`;
  return formatValue(value);
}
