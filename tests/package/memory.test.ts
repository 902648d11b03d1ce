/**
 * `tierOf` keeps nothing of what callers pass (an issue once measured 1,023 strings of 1 MB each pinning
 * about 1 GB of heap). A child `node --expose-gc` loads the built ESM entry (dist/index.js) and the CJS
 * one (dist/index.cjs), calls `tierOf` with 1,000 distinct strings of 1 MB (10^6 bytes) each, and 200,000 distinct
 * names of 100 characters (short enough to be looked up), then collects garbage and reports how far
 * `heapUsed` grew. A control run keeps its strings, to show the measure sees what is kept. Needs the build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(`${root}/dist/index.cjs`) && existsSync(`${root}/dist/index.js`);

const SCRIPT = `
import { createRequire } from 'node:module';
const esm = await import('./dist/index.js');
const cjs = createRequire(import.meta.url)('./dist/index.cjs');
const MB = 2 ** 20;

// A new flat string of 1,000,000 bytes each call, the first bytes carrying the index. Below Node's
// 1,031,913 bytes a decoded string lives on the V8 heap (above, it is external and heapUsed misses it).
const buffer = Buffer.alloc(1e6, 'a');
const big = (i) => {
  buffer.write(String(i).padStart(8, '0'));
  return buffer.toString('latin1');
};
// A new 100-character name each call, which tierOf reads as a name (and finds on no ladder).
const name = (i) => ('Republic of Nowhere ' + i).padEnd(100, ' x');

const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const growth = (run) => {
  const before = heap();
  const kept = run();
  const after = heap();
  return { mb: (after - before) / MB, kept: kept.length };
};
const calls = (tierOf, make, n) => () => {
  let found = 0;
  for (let i = 0; i < n; i++) if (tierOf(make(i)) !== undefined) found++;
  return { length: found };
};

// The indexes tierOf builds on its first call are the package's, not the caller's: build them first.
for (const m of [esm, cjs]) for (const warm of ['GB', big(0), name(0)]) m.tierOf(warm);
calls(esm.tierOf, name, 1000)();

const held = [];
const result = {
  esmBig: growth(calls(esm.tierOf, big, 1000)),
  cjsBig: growth(calls(cjs.tierOf, big, 1000)),
  esmNames: growth(calls(esm.tierOf, name, 200000)),
  cjsNames: growth(calls(cjs.tierOf, name, 200000)),
  controlBig: growth(() => {
    for (let i = 0; i < 100; i++) held.push(big(i));
    return held;
  }),
  controlNames: growth(() => {
    const names = [];
    for (let i = 0; i < 200000; i++) names.push(name(i));
    held.push(names);
    return names;
  }),
  gb: [esm.tierOf('GB')?.code, cjs.tierOf('United Kingdom')?.code],
};
console.log(JSON.stringify(result));
`;

describe.runIf(built)('tierOf keeps no cache of caller input (built package, node --expose-gc)', () => {
  const result = built
    ? JSON.parse(
        execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', SCRIPT], {
          cwd: root,
          encoding: 'utf8',
        }),
      )
    : undefined;

  it('the measure sees kept strings: 100 strings of 1 MB (95 MiB), 200,000 names of 100 characters', () => {
    expect(result.controlBig.mb).toBeGreaterThan(90);
    expect(result.controlNames.mb).toBeGreaterThan(20);
  });

  it('1,000 distinct 1 MB strings through tierOf (ESM and CJS) leave the heap within 50 MB', () => {
    expect(result.esmBig).toMatchObject({ kept: 0 });
    expect(result.esmBig.mb).toBeLessThan(50);
    expect(result.cjsBig).toMatchObject({ kept: 0 });
    expect(result.cjsBig.mb).toBeLessThan(50);
  });

  it('200,000 distinct names through tierOf (ESM and CJS) leave the heap within 5 MB', () => {
    expect(result.esmNames.mb).toBeLessThan(5);
    expect(result.cjsNames.mb).toBeLessThan(5);
    expect(result.gb).toEqual(['3.3', '3.3']);
  });
});

it('the package was built before the tests (npm test builds first)', () => {
  expect(built || !process.env.CI).toBe(true);
});
