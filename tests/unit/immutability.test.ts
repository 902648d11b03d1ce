/** Every exported table and record is deeply frozen; nothing a caller does can change the shared data. */
import { expect, it } from 'vitest';
import * as api from '../../src/index.js';

function* mutable(value: unknown, path: string, seen = new Set<unknown>()): Generator<string> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (!Object.isFrozen(value)) yield path;
  for (const [k, v] of Object.entries(value)) yield* mutable(v, `${path}.${k}`, seen);
}

it('every exported value is deeply frozen', () => {
  const exported = Object.entries(api).filter(([, v]) => typeof v === 'object' && v !== null);
  expect(exported.map(([k]) => k).sort()).toEqual(
    [
      'LEVEL_CODES',
      'TIER_CODES',
      'communities',
      'conflicts',
      'countries',
      'dataset',
      'events',
      'levels',
      'outsideFramework',
      'partnerships',
      'sources',
      'tiers',
      'treaties',
      'watchItems',
    ].sort(),
  );
  for (const [name, value] of exported) expect([...mutable(value, name)]).toEqual([]);
});

it("every value exported by the per-table subpaths is deeply frozen, and the same object as the main entry's", async () => {
  const names = ['conflicts', 'countries', 'events', 'partnerships', 'sources', 'treaties', 'watch'];
  for (const name of names) {
    const entry = (await import(`../../src/entries/${name}.ts`)) as Record<string, unknown>;
    const values = Object.entries(entry).filter(([, v]) => typeof v === 'object' && v !== null);
    expect(values.length, name).toBeGreaterThan(0);
    for (const [key, value] of values) {
      expect([...mutable(value, `${name}.${key}`)]).toEqual([]);
      expect(value, `${name}.${key}`).toBe((api as Record<string, unknown>)[key]);
    }
  }
});

it('writes to the data throw in strict mode and change nothing', () => {
  const before = JSON.stringify(api.treaties);
  expect(() => ((api.treaties[0] as { status: string }).status = 'x')).toThrow(TypeError);
  expect(() => ((api.levels as unknown as unknown[]).length = 0)).toThrow(TypeError);
  expect(() => Object.defineProperty(api.dataset, 'asOf', { value: '1999' })).toThrow(TypeError);
  expect(() => (api.partnerships[0]!.sources as unknown as unknown[]).push({})).toThrow(TypeError);
  expect(JSON.stringify(api.treaties)).toBe(before);
});
