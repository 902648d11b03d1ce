import { type Rule, rows } from '../rule.js';

/**
 * Ids given before a correction moved the fact the id is made of. Ids are public API: a corrected record
 * keeps its id (see docs/guides/versioning.md), so its id no longer follows the formula.
 */
export const KEPT_IDS: Readonly<Record<string, string>> = {
  'kr-4-3-undated':
    'Released without a date (no source then dated South Korea on 4.3); the sources now date the level to July 2003.',
  'sd-3-5-2016':
    "Released with the year 2016 of the paper first cited; Sudan's strategic partnership dates from a joint statement of 1 September 2015.",
  'ie-3-5-2012':
    'Released on 3.5; since 2.0.0 the name 互惠战略伙伴关系 is read as none of the 16 levels (互惠 is a qualifier written onto it), so the level is null.',
  'ar-4-3-2001':
    'Released on 4.3; since 2.0.0 the name 中阿21世纪全面合作伙伴关系 is read as none of the 16 levels (21世纪 is a qualifier written onto it), so the level is null.',
};

/**
 * Record ids follow their formulas: a treaty `<side>-<counterparty>`, a membership `<country>-<level>-<year>`,
 * a community `<country or group>-community-<year>` (`-2` for the second of a party in a year, in table order).
 */
export const idFormulas = {
  name: 'id-formulas',
  description:
    'Treaty ids are `<side>-<counterparty>`, membership ids `<country>-<level>-<year>` (`off` for no level, `undated` for no date) and community ids `<country or group>-community-<year>` (`-2` for a second in a year), lower case; a corrected record keeps the id it was released with (KEPT_IDS).',
  check(tables, report) {
    for (const t of rows(tables, 'treaties')) {
      const expected = `${t.chinaSide}-${t.counterparty}`.toLowerCase();
      if (t.id !== expected && !((t.id as string) in KEPT_IDS))
        report('treaties', t.id as string, 'id', `expected ${expected}`);
    }
    for (const m of rows(tables, 'partnerships')) {
      const level = typeof m.level === 'string' ? m.level.replace('.', '-') : 'off';
      const since = m.since as { value: string } | null;
      const expected = `${String(m.country).toLowerCase()}-${level}-${since ? since.value.slice(0, 4) : 'undated'}`;
      if (m.id !== expected && !((m.id as string) in KEPT_IDS))
        report('partnerships', m.id as string, 'id', `expected ${expected}`);
    }
    const seen = new Map<string, number>();
    for (const c of rows(tables, 'communities')) {
      const party = typeof c.country === 'string' ? c.country.toLowerCase() : String(c.group);
      const base = `${party}-community-${(c.date as { value: string }).value.slice(0, 4)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const expected = n === 1 ? base : `${base}-${n}`;
      if (c.id !== expected && !((c.id as string) in KEPT_IDS))
        report('communities', c.id as string, 'id', `expected ${expected}`);
    }
  },
} as const satisfies Rule;
