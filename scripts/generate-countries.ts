/**
 * Generates src/generated/countries.ts from i18n-iso-countries (English and Chinese names), plus the small
 * hand-kept tables below: this dataset's short display names, historical and common English aliases, and
 * Chinese aliases; the official names in English and Chinese from reference/official-names.csv; the names in
 * traditional characters as Hong Kong and Taiwan write them (./countries/traditional.ts: Unicode CLDR and
 * OpenCC); and the state codes researchers merge on (Correlates of War, Gleditsch & Ward, V-Dem, UN M49,
 * World Bank) from reference/country-codes-crosswalk.csv. Run with `npm run generate:countries`;
 * the output is committed, and a test fails when it drifts from what this script would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { namesOf } from '../src/lib/indexes.js';
import { nameKey } from '../src/lib/normalize.js';
import { traditionalNames, traditionalSources } from './countries/traditional.js';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
const isoVersion = (require('i18n-iso-countries/package.json') as { version: string }).version;

/** Display names where the first ISO-list English name is long or formal (see the naming policy in README). */
const DISPLAY: Record<string, string> = {
  BN: 'Brunei',
  BO: 'Bolivia',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire",
  CN: 'China',
  FM: 'Micronesia',
  IR: 'Iran',
  LA: 'Laos',
  MD: 'Moldova',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russia',
  SY: 'Syria',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Vatican City',
  VE: 'Venezuela',
};

/** Chinese display names where the ISO-list form carries a political qualifier (see the naming policy). */
const DISPLAY_ZH: Record<string, string> = { TW: '台湾' };

/** English names the ISO list lacks: historical names and common short forms. */
const EXTRA_ALIASES: Record<string, string[]> = {
  AE: ['UAE', 'U.A.E.'],
  BN: ['Brunei'],
  CD: ['Zaire', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CV: ['Cabo Verde'],
  FM: ['Micronesia', 'FSM'],
  GB: ['Britain', 'U.K.'],
  HK: ['Hong Kong SAR', 'Hong Kong, China'],
  KP: ["Democratic People's Republic of Korea", 'DPRK', 'Korea'],
  KR: ['Korea, South', 'Korea'],
  LA: ['Laos', 'Lao PDR'],
  MD: ['Moldova'],
  MK: ['Macedonia', 'Republic of Macedonia'],
  MM: ['Burma'],
  MO: ['Macau'],
  NL: ['Holland'],
  SY: ['Syria'],
  SZ: ['Swaziland'],
  TR: ['Turkey', 'Republic of Turkey'],
  UY: ['Oriental Republic of Uruguay'],
  TL: ['East Timor'],
  VA: ['Vatican', 'Holy See', 'Vatican City State'],
  VN: ['Viet Nam'],
};

/**
 * Simplified Chinese names the ISO list lacks (short forms, older forms). Traditional forms come from
 * ./countries/traditional.ts, official names from reference/official-names.csv.
 */
const EXTRA_ZH: Record<string, string[]> = {
  CD: ['刚果金'],
  CG: ['刚果布'],
  HK: ['中国香港'],
  KR: ['南韩'],
  KP: ['北韩'],
  TW: ['台湾'],
  VA: ['梵蒂冈城国'],
};

/** Official names in English and Chinese, by alpha-2 code (reference/official-names.csv). */
function officialNames(): Map<string, { en: string; zh: string }> {
  const [, ...lines] = readFileSync(new URL('../reference/official-names.csv', import.meta.url), 'utf8')
    .trimEnd()
    .split('\n');
  return new Map(
    lines.map((line) => {
      const first = line.indexOf(',');
      const last = line.lastIndexOf(',');
      return [line.slice(0, first), { en: line.slice(first + 1, last), zh: line.slice(last + 1) }];
    }),
  );
}

interface Row {
  code: string;
  alpha3: string;
  name: string;
  officialName: string | null;
  aliases: string[];
  nameZh: string;
  officialNameZh: string | null;
  nameZhHk: string;
  nameZhTw: string;
  aliasesZh: string[];
  cowCode: number | null;
  cowAbbr: string | null;
  gwCode: number | null;
  gwAbbr: string | null;
  vdemId: number | null;
  m49: number | null;
  wbCode: string | null;
}

/** The crosswalk's rows, by column name (a plain CSV: no quoted cells). */
function crosswalk(): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL('../reference/country-codes-crosswalk.csv', import.meta.url), 'utf8')
    .trimEnd()
    .split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, cell])));
}

/**
 * Where the crosswalk's row for an ISO code is not the state code users of the lists expect, the row to
 * use instead, and why (documented in docs/guides/naming.md, "State codes").
 */
const CODE_OVERRIDES: Record<string, { cowFrom?: string; rowName?: string; why: string }> = {
  RS: { cowFrom: 'Yugoslavia', why: 'COW codes Serbia 345 YUG, as the continuation of Yugoslavia' },
  XK: { rowName: 'Kosovo', why: 'the list carries Kosovo without an ISO alpha-2 code; XK is user-assigned' },
};

const codeRows = crosswalk();
const byIso = new Map(codeRows.filter((r) => r.iso2c).map((r) => [r.iso2c!, r]));
const byName = new Map(codeRows.map((r) => [r['country.name.en']!, r]));
const int = (cell: string | undefined) => (cell ? Number(cell) : null);
const text = (cell: string | undefined) => cell || null;

/** The state codes of an ISO code, from the crosswalk and its overrides. */
function stateCodes(
  code: string,
): Pick<Row, 'cowCode' | 'cowAbbr' | 'gwCode' | 'gwAbbr' | 'vdemId' | 'm49' | 'wbCode'> {
  const override = CODE_OVERRIDES[code];
  const row = (override?.rowName ? byName.get(override.rowName) : byIso.get(code)) ?? {};
  const cow = override?.cowFrom ? byName.get(override.cowFrom)! : row;
  return {
    cowCode: int(cow.cown),
    cowAbbr: text(cow.cowc),
    gwCode: int(row.gwn),
    gwAbbr: text(row.gwc),
    vdemId: int(row.vdem),
    m49: int(row.un),
    wbCode: text(row.wb),
  };
}

const en = iso.getNames('en', { select: 'all' }) as Record<string, string[]>;
const zh = iso.getNames('zh', { select: 'all' }) as Record<string, string[]>;
const official = officialNames();
const rows: Row[] = Object.keys(en)
  .sort()
  .map((code) => {
    const names = en[code] ?? [];
    const name = DISPLAY[code] ?? names[0]!;
    const officialName = official.get(code)?.en ?? null;
    const officialNameZh = official.get(code)?.zh ?? null;
    const aliases = [...new Set([...names, ...(EXTRA_ALIASES[code] ?? [])])].filter(
      (n) => n !== name && n !== officialName,
    );
    const zhNames = [
      ...new Set([...(DISPLAY_ZH[code] ? [DISPLAY_ZH[code]] : []), ...(zh[code] ?? []), ...(EXTRA_ZH[code] ?? [])]),
    ];
    if (!zhNames[0]) throw new Error(`no Chinese name for ${code}`);
    const simplified = [...zhNames, ...(officialNameZh ? [officialNameZh] : [])];
    const hant = traditionalNames(code, simplified);
    const aliasesZh = [...new Set([...zhNames.slice(1), ...hant.simplifiedAliases, ...hant.aliases])].filter(
      (n) => n !== officialNameZh && n !== hant.nameZhHk && n !== hant.nameZhTw,
    );
    return {
      code,
      alpha3: iso.alpha2ToAlpha3(code)!,
      name,
      officialName,
      aliases,
      nameZh: zhNames[0],
      officialNameZh,
      nameZhHk: hant.nameZhHk,
      nameZhTw: hant.nameZhTw,
      aliasesZh,
      ...stateCodes(code),
    };
  });

/** The match key of a name; every name in the table must have one. */
function keyOf(name: string): string {
  const key = nameKey(name);
  if (!key) throw new Error(`the name ${JSON.stringify(name)} has no match key (see src/lib/normalize.ts)`);
  return key;
}

// Names that would point at two countries ("Congo", "Korea") are dropped from both: lookups never guess.
// They are kept, with the countries they could mean, so that a caller can be told so.
const owners = new Map<string, Set<string>>();
for (const r of rows) {
  for (const n of namesOf(r)) {
    const key = keyOf(n);
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(r.code);
  }
}
const ambiguous = Object.fromEntries(
  [...owners].filter(([, codes]) => codes.size > 1).map(([key, codes]) => [key, [...codes].sort()]),
);
for (const r of rows) {
  r.aliases = r.aliases.filter((n) => !(keyOf(n) in ambiguous));
  r.aliasesZh = r.aliasesZh.filter((n) => !(keyOf(n) in ambiguous));
}
for (const r of rows) {
  const main = [r.name, r.nameZh, r.nameZhHk, r.nameZhTw, r.officialName, r.officialNameZh].filter((n) => n !== null);
  const shared = main.filter((n) => keyOf(n) in ambiguous);
  if (shared.length > 0) throw new Error(`a display or official name of ${r.code} is another country's too: ${shared}`);
}

const out = `// Generated by scripts/generate-countries.ts from i18n-iso-countries ${isoVersion} and ${traditionalSources}. Do not edit by hand.
import type { Country } from '../schemas/countries.js';

/** Names that two or more countries share ("Congo", "Korea"), as match keys, with the countries they could mean; they resolve to no country. */
export const ambiguousNames: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(ambiguous)};

/** The ISO 3166-1 alpha-2 codes of the table, in order. */
export const countryCodes: readonly string[] = ${JSON.stringify(rows.map((r) => r.code))};

/** ISO 3166-1 countries and territories with their codes and English and Chinese names. */
export const countryList: Country[] = [
${rows.map((r) => `  ${JSON.stringify(r)},`).join('\n')}
];
`;
const target = fileURLToPath(new URL('../src/generated/countries.ts', import.meta.url));
if (process.argv.includes('--print')) process.stdout.write(out);
else writeFileSync(target, out);
