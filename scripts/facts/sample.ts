/**
 * The facts of the dataset, one per claim a record makes (the claims the `claim-sources` lint rule
 * checks: a tier or level name, a membership, a country outside the framework, a treaty step, a
 * treaty's status, an event, a watch-item's outcome, each reading of a conflict), and a seeded random
 * sample of them. Used by `scripts/sample-facts.ts` to write the checklist a person works through
 * before a release.
 */

/** A date as the records hold it. */
export interface FactDate {
  readonly value: string;
  readonly precision: string;
  readonly end?: string;
  readonly derived?: string;
  readonly uncertain?: true;
}

/** A citation as the records hold it. */
export interface FactCitation {
  readonly source: string;
  readonly section?: string;
  readonly excerpt?: string;
  readonly note?: string;
}

/** One claim of one record, with the citations it rests on. */
export interface Fact {
  /** `table/key`, e.g. `treaties/hk-au`. */
  readonly record: string;
  /** Where in the record the claim sits, e.g. `steps.0` or `status`. */
  readonly path: string;
  /** The claim, in words. */
  readonly claim: string;
  /** The date the claim gives, if any. */
  readonly date?: FactDate;
  /** Further dated moments the claim includes (events and outcomes). */
  readonly moments: readonly { readonly label: string; readonly date: FactDate }[];
  readonly citations: readonly FactCitation[];
}

type Row = Readonly<Record<string, unknown>>;

/** The tables facts are drawn from, as `src/data/index.ts` exports them. */
export interface FactTables {
  readonly tiers: readonly unknown[];
  readonly levels: readonly unknown[];
  readonly partnerships: readonly unknown[];
  readonly outsideFramework: readonly unknown[];
  readonly treaties: readonly unknown[];
  readonly events: readonly unknown[];
  readonly watchItems: readonly unknown[];
  readonly conflicts: readonly unknown[];
  readonly countries: readonly unknown[];
}

const rows = (list: readonly unknown[]) => list as readonly Row[];
const cites = (value: unknown) => (Array.isArray(value) ? (value as FactCitation[]) : []);
const dateOf = (value: unknown) => (value && typeof value === 'object' ? (value as FactDate) : undefined);
const momentsOf = (value: unknown) =>
  Array.isArray(value) ? (value as { label: string; date: FactDate }[]).map((m) => ({ ...m })) : [];

/** Every fact of the tables, in a fixed order: by table, then record order, then position in the record. */
export function collectFacts(tables: FactTables): Fact[] {
  const names = new Map(rows(tables.countries).map((c) => [c.code as string, c.name as string]));
  const country = (code: unknown) => `${names.get(code as string) ?? String(code)} (${String(code)})`;
  const facts: Fact[] = [];
  type Draft = Omit<Fact, 'moments' | 'date'> & { date?: FactDate | undefined; moments?: Fact['moments'] };
  const add = ({ date, moments, ...rest }: Draft) =>
    facts.push({ ...rest, ...(date ? { date } : {}), moments: moments ?? [] });

  for (const t of rows(tables.tiers)) {
    const claim = `Tier ${t.code} of the partnership ladder is named "${t.nameEn}" (${t.nameZh}).`;
    add({ record: `tiers/${t.code}`, path: 'name', claim, citations: cites(t.sources) });
  }
  for (const l of rows(tables.levels)) {
    const claim = `Level ${l.code} of the partnership ladder is named "${l.nameEn}" (${l.nameZh}).`;
    add({ record: `levels/${l.code}`, path: 'name', claim, citations: cites(l.sources) });
  }
  for (const m of rows(tables.partnerships)) {
    const label = (m.label ?? {}) as { en?: string; zh?: string };
    const named = [label.en && `"${label.en}"`, label.zh].filter(Boolean).join(', ');
    const where = m.level === null ? 'holds a partnership outside the ladder' : `is on level ${m.level}`;
    const claim = `${country(m.country)} ${where}${named ? ` (${named})` : ''}${m.since ? ' from the date below' : ''}.`;
    add({ record: `partnerships/${m.id}`, path: 'since', claim, date: dateOf(m.since), citations: cites(m.sources) });
  }
  for (const o of rows(tables.outsideFramework)) {
    const claim = `${country(o.country)} is outside the partnership framework: ${o.reason}`;
    add({ record: `outsideFramework/${o.country}`, path: 'reason', claim, citations: cites(o.sources) });
  }
  for (const t of rows(tables.treaties)) {
    const name = `${t.title} (${t.chinaSide === 'HK' ? 'Hong Kong' : 'PRC'} with ${country(t.counterparty)})`;
    (t.steps as Row[]).forEach((s, i) => {
      const by = s.by ? ` by ${(s.by as Row).body} [${(s.by as Row).country}]` : '';
      const place = s.place ? ` at ${s.place}` : '';
      const claim = `${name}: ${s.action}${by}${place} on the date below.`;
      add({ record: `treaties/${t.id}`, path: `steps.${i}`, claim, date: dateOf(s.date), citations: cites(s.sources) });
    });
    const claim = `${name}: status in August 2021 is ${t.status} (${t.statusCertainty}).`;
    add({ record: `treaties/${t.id}`, path: 'status', claim, citations: cites(t.statusSources) });
  }
  for (const e of rows(tables.events)) {
    const claim = `${e.title}: ${e.summary}`;
    add({
      record: `events/${e.id}`,
      path: 'date',
      claim,
      date: dateOf(e.date),
      moments: momentsOf(e.moments),
      citations: cites(e.sources),
    });
  }
  for (const w of rows(tables.watchItems)) {
    const o = w.outcome as Row | null | undefined;
    if (!o) continue;
    const claim = `${w.title}, outcome (${o.verdict}): ${o.summary}`;
    const moments = momentsOf(o.moments);
    add({
      record: `watchItems/${w.id}`,
      path: 'outcome',
      claim,
      date: dateOf(o.date),
      moments,
      citations: cites(o.sources),
    });
  }
  for (const c of rows(tables.conflicts)) {
    const about = `${c.table} ${c.record}, ${c.field}`;
    for (const side of ['answer', 'other'] as const) {
      const reading = c[side] as Row;
      const which = side === 'answer' ? "the dataset's answer" : 'the other reading';
      const claim = `On ${about}, ${which}: ${reading.value}`;
      add({ record: `conflicts/${c.id}`, path: side, claim, citations: cites(reading.sources) });
    }
  }
  return facts;
}

/** A small, fast seeded generator (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` facts drawn without replacement, in the order drawn; the same seed and facts give the same sample. */
export function sampleFacts(facts: readonly Fact[], seed: number, count: number): Fact[] {
  if (!Number.isInteger(seed)) throw new RangeError(`seed: expected an integer, got ${seed}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count: expected a positive integer, got ${count}`);
  const random = seededRandom(seed);
  const pool = [...facts];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}
