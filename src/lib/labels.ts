/**
 * The coding rule for partnership names, as code: which level a name is, whether that takes setting a
 * descriptive phrase aside, the qualifiers written onto it, and the level its name reads as without them.
 * The `readLabel` helper and the `label-coding` lint rule both run it, so every coding decision in the
 * data can be reproduced from the name alone (docs/guides/codebook.md, "Labels").
 *
 * @internal
 */
import { QUALIFIER_CODES, QUALIFIER_WORDS, type Qualifier } from './qualifiers.js';

/** How a partnership name reads against the 16 level names. */
export interface LabelReading {
  /**
   * `'label'`: the name is a level's name (a bilateral marker such as 中俄 set aside); `'reading'`: it is
   * one once its descriptive phrases (…的) are set aside, as the tracker reads Singapore's
   * 与时俱进的全方位合作伙伴关系; `'none'`: it is none of the 16 names, so the level is null.
   */
  readonly placement: 'label' | 'reading' | 'none';
  /** The level the name is, or null (`placement: 'none'`). */
  readonly level: string | null;
  /** The qualifiers written onto the name (outside its descriptive phrases), in the codebook's order. */
  readonly qualifiers: readonly Qualifier[];
  /**
   * The level the name reads as once its qualifiers are taken off one at a time from the front, stopping
   * at the first level name (the name's own level where it has one), or null when none is reached: an
   * explicit reading for an ordinal rank, never the level itself.
   */
  readonly baseLevel: string | null;
  /** Which name was read: the Chinese where there is one, otherwise the English. */
  readonly language: 'zh' | 'en';
}

/** The level names the reader matches against, by language: name → level code. */
export interface LevelNames {
  /** Chinese level names (`全面战略伙伴关系` → `'3.3'`). */
  readonly zh: ReadonlyMap<string, string>;
  /** English level names, lower case (`comprehensive strategic partnership` → `'3.3'`). */
  readonly en: ReadonlyMap<string, string>;
}

/** Builds the name maps from level records. */
export function levelNames(
  levels: readonly { readonly code: string; readonly nameZh: string; readonly nameEn: string }[],
): LevelNames {
  return {
    zh: new Map(levels.map((l) => [l.nameZh, l.code])),
    en: new Map(levels.map((l) => [normalizeEn(l.nameEn), l.code])),
  };
}

// Words that can follow a bilateral marker such as 中乌 (a qualifier or the start of a partnership noun).
const AFTER_MARKER = [
  ...QUALIFIER_WORDS.flatMap((q) => q.zh as readonly string[]),
  '全面',
  '战略',
  '合作',
  '协作',
  '友好',
  '伙伴',
  '睦邻',
  '建设性',
];

/** Drops a bilateral marker (中 and one or two characters naming the partner) at the start of `s`. */
function dropMarker(s: string): string {
  if (!s.startsWith('中')) return s;
  for (const length of [1, 2]) {
    const after = s.slice(1 + length);
    if (AFTER_MARKER.some((w) => after.startsWith(w))) return after;
  }
  return s;
}

/** Takes the qualifiers off the front of `s` (and bilateral markers between them): the qualifiers, in text order, and what is left. */
function takeQualifiersZh(s: string): { readonly words: string[]; readonly codes: Qualifier[]; readonly rest: string } {
  const words: string[] = [];
  const codes: Qualifier[] = [];
  let rest = dropMarker(s);
  for (;;) {
    const q = QUALIFIER_WORDS.flatMap((w) => w.zh.map((zh) => [w.code, zh] as const)).find(([, zh]) =>
      rest.startsWith(zh),
    );
    if (!q) return { words, codes, rest };
    codes.push(q[0]);
    words.push(q[1]);
    rest = dropMarker(rest.slice(q[1].length));
  }
}

/** The first level reached taking the words off the front one at a time (none taken first). */
function firstLevel(
  words: readonly string[],
  stem: string,
  names: ReadonlyMap<string, string>,
  join = '',
): string | null {
  for (let i = 0; i <= words.length; i++) {
    const level = names.get([...words.slice(i), stem].join(join));
    if (level !== undefined) return level;
  }
  return null;
}

/** The qualifier codes in the codebook's order, each once. */
function ordered(codes: readonly Qualifier[]): Qualifier[] {
  return QUALIFIER_CODES.filter((c) => codes.includes(c));
}

/**
 * Reads a Chinese name: a descriptive phrase runs up to the last 的; qualifiers at the front of the name
 * count when a description follows them (新时代相互尊重、共同发展的…), not when they are the whole
 * description (更加紧密的…, "closer"), and qualifiers at the front of the noun after it always count.
 */
function readZh(name: string, names: ReadonlyMap<string, string>): LabelReading {
  const whole = dropMarker(name.trim());
  const de = whole.lastIndexOf('的');
  const description = de < 0 ? '' : whole.slice(0, de + 1);
  const front = takeQualifiersZh(description);
  const lead = front.rest === '的' ? { words: [], codes: [] } : front;
  const core = takeQualifiersZh(whole.slice(de + 1));
  const words = [...lead.words, ...core.words];
  const exact = names.get(de < 0 ? [...core.words, core.rest].join('') : whole);
  const read = de < 0 ? undefined : names.get([...words, core.rest].join(''));
  return {
    placement: exact !== undefined ? 'label' : read !== undefined ? 'reading' : 'none',
    level: exact ?? read ?? null,
    qualifiers: ordered([...lead.codes, ...core.codes]),
    baseLevel: firstLevel(words, core.rest, names),
    language: 'zh',
  };
}

/** An English name in the form the reader compares: lower case, one spelling of "cooperative". */
export function normalizeEn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .replace(/^(?:the|a|an) /, '')
    .replace(/\bstrategic and cooperative\b/, 'strategic cooperative')
    .replace(/\bcooperation partnership\b/, 'cooperative partnership')
    .replace(/^(.*) partnership of cooperation$/, '$1 cooperative partnership');
}

// Phrases that begin a description after the partnership noun ("… featuring mutual respect").
const DESCRIPTION_EN = / (?:featuring|based on|characterized by|characterised by|of mutual|for common|with) .*$/;

/** Reads an English name. */
function readEn(name: string, names: ReadonlyMap<string, string>): LabelReading {
  const whole = normalizeEn(name);
  const described = whole.replace(DESCRIPTION_EN, '');
  const codes: Qualifier[] = [];
  const words: string[] = [];
  let rest = described;
  // "for a new era" and "for the 21st century" follow the noun; the other qualifiers precede it.
  for (const q of QUALIFIER_WORDS) {
    for (const en of q.en) {
      if (/^(?:for|in) /.test(en) && rest.endsWith(` ${en}`)) {
        rest = rest.slice(0, -en.length - 1);
        codes.push(q.code);
      }
    }
  }
  for (;;) {
    const q = QUALIFIER_WORDS.flatMap((w) => w.en.map((en) => [w.code, en] as const)).find(
      ([, en]) => !/^(?:for|in) /.test(en) && rest.startsWith(`${en} `),
    );
    if (!q) break;
    codes.push(q[0]);
    words.push(q[1]);
    rest = rest.slice(q[1].length + 1);
  }
  const exact = names.get(whole);
  const read = described === whole ? undefined : names.get(described);
  return {
    placement: exact !== undefined ? 'label' : read !== undefined ? 'reading' : 'none',
    level: exact ?? read ?? null,
    qualifiers: ordered(codes),
    baseLevel: names.get(described) ?? firstLevel(words, rest, names, ' '),
    language: 'en',
  };
}

/**
 * Reads a partnership's name against the level names: the Chinese name where there is one, otherwise the
 * English; `undefined` when neither is given.
 */
export function readLabelWith(
  label: { readonly zh?: string | undefined; readonly en?: string | undefined },
  names: LevelNames,
): LabelReading | undefined {
  if (label.zh !== undefined && label.zh.trim() !== '') return readZh(label.zh, names.zh);
  if (label.en !== undefined && label.en.trim() !== '') return readEn(label.en, names.en);
  return undefined;
}
