/**
 * The modules of `src/generated/` that the library reads at run time, written from the records: each
 * table as JSON text (V8 parses JSON text much faster than the same data as object literals), the record
 * counts and the fingerprint as constants, and the indexes the helpers look up.
 */
import { fingerprintInput } from '../src/lib/fingerprint.js';
import { type CountryRow, ladderIndex, ladderParts, type MembershipRow, nameIndex } from '../src/lib/indexes.js';
import { TABLE_NAMES, TABLES, type TableName } from '../src/registry.js';
import { sha256OfCanonical } from './fingerprint.js';
import { GENERATED } from './package.js';

type Tables = Readonly<Record<TableName, readonly unknown[]>>;

const header = `// ${GENERATED}\n`;

/** Path of the generated module of a table's JSON text. */
export const tableModule = (name: TableName) => `src/generated/tables/${TABLES[name].file}.ts`;

function tableJsonModule(name: TableName, rows: readonly unknown[]): string {
  return [
    header,
    `/** The \`${name}\` table as JSON text, parsed and frozen by \`src/tables/${TABLES[name].file}.ts\`. @internal */`,
    `export const ${name}Json = ${JSON.stringify(JSON.stringify(rows))};`,
    '',
  ].join('\n');
}

function datasetModule(tables: Tables, fingerprint: string): string {
  const counts = Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name].length]));
  return [
    header,
    '/** Number of records in each table. @internal */',
    `export const counts = ${JSON.stringify(counts)};`,
    '',
    '/** SHA-256 (hex) of the canonical JSON of every table: see `src/lib/fingerprint.ts`. @internal */',
    `export const fingerprint = '${fingerprint}';`,
    '',
  ].join('\n');
}

function indexModules(tables: Tables, ambiguous: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const ladder = ladderIndex(tables.partnerships as MembershipRow[]);
  const onLadder = (code: string) => code in ladder;
  const countries = tables.countries as CountryRow[];
  const json = (value: unknown) => JSON.stringify(JSON.stringify(value));
  return new Map([
    [
      'src/generated/ladder.ts',
      [
        header,
        "/** Each country's dated steps: the start and level of each (`ladderParts`). @internal */",
        `export const ladderLevelsJson = ${json(ladderParts(ladder).levels)};`,
        '',
        "/** Each country's memberships in order, and each dated step's record (`ladderParts`). @internal */",
        `export const ladderRecordsJson = ${json(ladderParts(ladder).records)};`,
        '',
      ].join('\n'),
    ],
    [
      'src/generated/names.ts',
      [
        header,
        '/** Match keys of the names and codes of the countries on the ladder, by country. @internal */',
        `export const ladderNamesJson = ${json(nameIndex(countries, ambiguous, onLadder))};`,
        '',
        '/** Match keys of the names and codes of every other country, by country. @internal */',
        `export const otherNamesJson = ${json(nameIndex(countries, ambiguous, (code) => !onLadder(code)))};`,
        '',
        '/** Names two or more countries share, as match keys, with the countries they could mean. @internal */',
        `export const ambiguousJson = ${json(ambiguous)};`,
        '',
      ].join('\n'),
    ],
  ]);
}

/** The fingerprint of the records and the ambiguous names. */
export function fingerprintOf(tables: Tables, ambiguous: Readonly<Record<string, readonly string[]>>): string {
  return sha256OfCanonical(fingerprintInput(tables, ambiguous));
}

/** Every generated library module, by path. */
export function libraryModules(
  tables: Tables,
  ambiguous: Readonly<Record<string, readonly string[]>>,
): Map<string, string> {
  const files = indexModules(tables, ambiguous);
  for (const name of TABLE_NAMES) files.set(tableModule(name), tableJsonModule(name, tables[name]));
  files.set('src/generated/dataset.ts', datasetModule(tables, fingerprintOf(tables, ambiguous)));
  return files;
}
