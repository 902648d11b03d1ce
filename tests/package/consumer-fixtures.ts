/**
 * The files consumer.test.ts writes into its throw-away consumer project: the ESM `.ts` file, the CJS
 * `.cts` files, the tsconfig of each type-check, and what both module kinds print when run.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEVELS, SUSPENDED_AFTER_JULY_2020 } from '../fixtures/facts.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const tsc = join(root, 'node_modules/typescript/bin/tsc');
export const PKG = 'china-security-risk-data';
export const SUBPATHS = [
  '',
  '/schemas',
  '/partnerships',
  '/treaties',
  '/events',
  '/watch',
  '/sources',
  '/countries',
  '/conflicts',
  '/changes',
];

/** What both module kinds print: the same answers through every entry. */
export const EXPECTED = {
  uk: LEVELS.GB.level,
  sameFunction: true,
  suspended: SUSPENDED_AFTER_JULY_2020,
  canada: 'suspended',
  nato: true,
  watch: 5,
  tracker: 'tracker',
  cz: 'CZ',
  conflicts: true,
  rejects: false,
  fingerprint: true,
};

/**
 * The records as users hold them (type-checked, never run): the tables hand out read-only records that
 * users' own annotations accept (`Treaty`, `Membership[]`, `Level | undefined`); writing to one is an
 * error; a record to edit is a `Mutable*` one, built by hand, parsed by the schema or cast from a copy
 * (`structuredClone` keeps the read-only type). `ns` qualifies the package's names (`main.` in the CJS
 * file), `z` the schemas'.
 */
function records(ns: string, z: string): string {
  return `
export function records() {
  function f(t: ${ns}Treaty): string {
    return t.id;
  }
  f(${ns}treaties[0]!);
  const ms: ${ns}Membership[] = ${ns}partnerships.filter((m) => m.level === '3.3');
  const all: readonly ${ns}Membership[] = ${ns}partnerships;
  const l: ${ns}Level | undefined = ${ns}tierOf('GB');
  const suspended: ${ns}Treaty[] = ${ns}treatiesSuspendedAfter('2020-07-31');
  const mine: ${ns}MutableTreaty = structuredClone(${ns}treaties[0]!) as ${ns}MutableTreaty;
  // @ts-expect-error structuredClone returns the type it is given: a read-only Treaty
  const uncast: ${ns}MutableTreaty = structuredClone(${ns}treaties[0]!);
  mine.status = 'suspended';
  mine.steps.push({ action: 'suspended', date: { value: '2020-07', precision: 'month' }, sources: [{ source: 'x' }] });
  const parsed: ${ns}MutableTreaty = ${z}TreatySchema.parse(${ns}treaties[0]);
  parsed.steps[0]!.date.value = '2001';
  const byHand: ${ns}MutableMembership = {
    id: 'gb-3-3-2015',
    country: 'GB',
    level: '3.3',
    since: { value: '2015-10', precision: 'month' },
    placement: 'label',
    qualifiers: ['global'],
    baseLevel: '3.3',
    basis: 'external',
    sources: [{ source: 'x' }],
  };
  byHand.level = '3.5';
  const asRecord: ${ns}Membership = byHand;
  const asTreaty: ${ns}Treaty = mine;
  // @ts-expect-error a record is read-only
  ${ns}treaties[0]!.status = 'in-force';
  // @ts-expect-error so are its arrays
  ${ns}treaties[0]!.steps.push(mine.steps[0]!);
  // @ts-expect-error and its nested objects
  ms[0]!.since!.value = '2020';
  // @ts-expect-error and the records helpers return
  l!.code = '1.1';
  // @ts-expect-error a table is a read-only array
  ${ns}partnerships.push(byHand);
  // @ts-expect-error a read-only record is no mutable one
  const edit: ${ns}MutableTreaty = ${ns}treaties[0]!;
  return [all, suspended, uncast, parsed, asRecord, asTreaty, edit];
}
`;
}

export const ESM = `import {
  tierOf as mainTierOf,
  dataset,
  cite,
  partnerships,
  treaties,
  type Level,
  type Membership,
  type MutableMembership,
  type MutableTreaty,
  type Treaty,
} from '${PKG}';
import { TreatySchema } from '${PKG}/schemas';
import { tierOf, compareTiers, type LevelCode } from '${PKG}/partnerships';
import { treatiesSuspendedAfter, treatyStatus } from '${PKG}/treaties';
import { eventsBetween } from '${PKG}/events';
import { watchItems } from '${PKG}/watch';
import { sources, type Source } from '${PKG}/sources';
import { resolveCountry } from '${PKG}/countries';
import { conflicts } from '${PKG}/conflicts';

// Real types reach the consumer: literal unions, and errors on misuse (type-checked, never run).
const uk: LevelCode | undefined = tierOf('United Kingdom')?.code;
export function misuse() {
  // @ts-expect-error tierOf takes a string
  tierOf(42);
  // @ts-expect-error not a level code
  compareTiers('9.9', '1.1');
}
const treaty: Treaty | undefined = undefined;
const tracker: Source['kind'] | undefined = sources[0]?.kind;
cite({ format: 'bibtex' });
console.log(JSON.stringify({
  uk,
  sameFunction: tierOf === mainTierOf && treaty === undefined,
  suspended: treatiesSuspendedAfter('2020-07-31').map((t) => t.id),
  canada: treatyStatus('Canada', { side: 'HK' }),
  nato: eventsBetween('2021-06-14', '2021-06-14').some((e) => e.id === 'nato-brussels-summit-2021'),
  watch: watchItems.length,
  tracker,
  cz: resolveCountry('Czech Republic'),
  conflicts: conflicts.length > 0,
  rejects: TreatySchema.safeParse({}).success,
  fingerprint: /^[0-9a-f]{64}$/.test(dataset.fingerprint),
}));
${records('', '')}`;

/** The CJS file: \`import x = require()\` under node16/nodenext; bundler mode takes ESM syntax only. */
export function cjs(style: 'require' | 'esm-syntax'): string {
  const imp = (name: string, path: string) =>
    style === 'require' ? `import ${name} = require('${PKG}${path}');` : `import * as ${name} from '${PKG}${path}';`;
  return `${imp('main', '')}
${imp('schemas', '/schemas')}
${imp('partnerships', '/partnerships')}
${imp('treaties', '/treaties')}
${imp('events', '/events')}
${imp('watch', '/watch')}
${imp('sources', '/sources')}
${imp('countries', '/countries')}
${imp('conflicts', '/conflicts')}

const uk: partnerships.LevelCode | undefined = partnerships.tierOf('United Kingdom')?.code;
function misuse() {
  // @ts-expect-error tierOf takes a string
  partnerships.tierOf(42);
}
void misuse;
const treaty: treaties.Treaty | undefined = undefined;
const tracker: sources.Source['kind'] | undefined = sources.sources[0]?.kind;
main.cite({ format: 'text' });
console.log(JSON.stringify({
  uk,
  sameFunction: partnerships.tierOf === main.tierOf && treaty === undefined,
  suspended: treaties.treatiesSuspendedAfter('2020-07-31').map((t) => t.id),
  canada: treaties.treatyStatus('Canada', { side: 'HK' }),
  nato: events.eventsBetween('2021-06-14', '2021-06-14').some((e) => e.id === 'nato-brussels-summit-2021'),
  watch: watch.watchItems.length,
  tracker,
  cz: countries.resolveCountry('Czech Republic'),
  conflicts: conflicts.conflicts.length > 0,
  rejects: schemas.TreatySchema.safeParse({}).success,
  fingerprint: /^[0-9a-f]{64}$/.test(main.dataset.fingerprint),
}));
${records('main.', 'schemas.')}`;
}

/**
 * The nodenext build also emits (to run it). Declaration files (ours and zod's) are checked where
 * `libCheck` is set: once by the repository's TypeScript (in the nodenext build; checking them once saves
 * half the time), and by the oldest TypeScript supported in every build it runs. TypeScript's own
 * `lib.*.d.ts` are never checked (`skipDefaultLibCheck`): they say nothing about the package, and cost a
 * third of the time.
 */
export function tsconfig(module: string, moduleResolution: string, files: string[], emit: boolean, libCheck = emit) {
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      skipLibCheck: !libCheck,
      skipDefaultLibCheck: true,
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      types: [],
      module,
      moduleResolution,
      ...(emit ? { outDir: 'out' } : { noEmit: true }),
    },
    files,
  });
}

/**
 * The oldest TypeScript the README says the package supports, installed into a folder of its own for
 * this test (an npm alias in devDependencies would take over the `tsc` command of the repository).
 */
export const OLDEST_TS = '5.4';
export const OLDEST_TS_VERSION = '5.4.5';

/** Each type-check: a TypeScript and a config written into the consumer project. */
export const CHECKS = [
  { name: 'node16', tsc, config: 'tsconfig.node16.json' },
  { name: 'nodenext', tsc, config: 'tsconfig.nodenext.json' },
  { name: 'bundler', tsc, config: 'tsconfig.bundler.json' },
  { name: `TypeScript ${OLDEST_TS}, node16`, tsc: '', config: 'tsconfig.ts54-node16.json' },
  { name: `TypeScript ${OLDEST_TS}, bundler`, tsc: '', config: 'tsconfig.ts54-bundler.json' },
];
