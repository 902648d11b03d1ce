/**
 * Generates src/generated/countries.ts from i18n-iso-countries (English and Chinese names), plus the small
 * hand-kept tables below: this dataset's short display names, historical and common English aliases, and
 * Chinese aliases; and the state codes researchers merge on (Correlates of War, Gleditsch & Ward, V-Dem,
 * UN M49, World Bank) from reference/country-codes-crosswalk.csv. Run with `npm run generate:countries`;
 * the output is committed, and a test fails when it drifts from what this script would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../src/lib/normalize.js';

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
  AE: ['UAE'],
  BN: ['Brunei'],
  CD: ['Zaire', 'DR Congo', 'DRC'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CV: ['Cabo Verde'],
  FM: ['Micronesia', 'FSM'],
  GB: ['Britain'],
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
  TL: ['East Timor'],
  VA: ['Vatican', 'Holy See'],
  VN: ['Viet Nam'],
};

/** Chinese names the ISO list lacks (traditional forms, short forms). */
const EXTRA_ZH: Record<string, string[]> = {
  CN: ['中华人民共和国'],
  DE: ['德國'],
  GB: ['英國'],
  HK: ['中国香港'],
  KR: ['韓國', '南韩', '大韩民国'],
  KP: ['北韩', '朝鲜民主主义人民共和国'],
  RU: ['俄羅斯', '俄罗斯联邦'],
  TW: ['台湾', '臺灣'],
  US: ['美國'],
};

interface Row {
  code: string;
  alpha3: string;
  name: string;
  nameZh: string;
  aliases: string[];
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
const rows: Row[] = Object.keys(en)
  .sort()
  .map((code) => {
    const names = en[code] ?? [];
    const name = DISPLAY[code] ?? names[0]!;
    const aliases = [...new Set([...names, ...(EXTRA_ALIASES[code] ?? [])])].filter((n) => n !== name);
    const zhNames = [
      ...new Set([...(DISPLAY_ZH[code] ? [DISPLAY_ZH[code]] : []), ...(zh[code] ?? []), ...(EXTRA_ZH[code] ?? [])]),
    ];
    if (!zhNames[0]) throw new Error(`no Chinese name for ${code}`);
    return {
      code,
      alpha3: iso.alpha2ToAlpha3(code)!,
      name,
      nameZh: zhNames[0],
      aliases,
      aliasesZh: zhNames.slice(1),
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
  for (const n of [r.code, r.alpha3, r.name, r.nameZh, ...r.aliases, ...r.aliasesZh]) {
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
if (rows.some((r) => keyOf(r.name) in ambiguous)) throw new Error('a display name is ambiguous');

const out = `// Generated by scripts/generate-countries.ts from i18n-iso-countries ${isoVersion}. Do not edit by hand.
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
