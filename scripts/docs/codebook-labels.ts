/**
 * The Codebook's section on labels: the rule that codes a partnership's name (`placement`, `level`,
 * `qualifiers`, `baseLevel`), its qualifiers and worked examples, each example read by `readLabel` at
 * docs build time from the names in the data, so that the page shows what the code does.
 */
import { QUALIFIER_WORDS } from '../../src/lib/qualifiers.js';
import { cell, type loadData } from './shared.js';

type Data = Awaited<ReturnType<typeof loadData>>;

/** Names the section works through, each with why it is worth showing (ids of records in the data). */
const EXAMPLES: readonly [string, string][] = [
  ['fr-3-3-2004', 'the name is a level name'],
  ['kr-2-3-2008', 'a bilateral marker (中韩) set aside'],
  ['pk-2-1-2015', 'a level whose name holds a qualifier: 全天候 is recorded, the level is 2.1'],
  ['sg-4-1-2015', "a descriptive phrase ending in 的 set aside: the tracker's own reading"],
  ['pk-2-3-2005', '更加紧密的 ("closer") is the whole description, set aside'],
  ['ie-3-5-2012', '互惠 written onto the name: no level, base level 3.5'],
  ['be-off-2014', '全方位 written onto a level name: no level, base level 4.4'],
  ['et-off-2023', 'all-weather onto 3.5: no level; its base level reads lower than the 2.2 it replaced'],
  ['hu-off-2024', 'two qualifiers (新时代, 全天候), taken off in turn'],
  ['sb-off-2023', 'a qualifier before a description: 新时代 counts, the description is set aside'],
  ['sg-off-2023', 'no level name is reached: no base level'],
  ['gb-3-3-2015', "placed by the tracker: the tracker's level, whatever the name reads as"],
];

/** The section, as Markdown lines. */
export function labelsSection(data: Data): string[] {
  const { partnerships, readLabel } = data;
  const byPlacement = new Map<string, number>();
  for (const m of partnerships) byPlacement.set(m.placement, (byPlacement.get(m.placement) ?? 0) + 1);
  const rows = EXAMPLES.map(([id, why]) => {
    const m = partnerships.find((p) => p.id === id);
    if (!m?.label) throw new Error(`codebook: the example ${id} is no labelled record of the data`);
    const r = readLabel(m.label)!;
    const name = r.language === 'zh' ? m.label.zh! : m.label.en!;
    const list = (q: readonly string[]) => (q.length ? q.map((x) => `\`${x}\``).join(', ') : '–');
    return `| \`${id}\` | ${cell(name)} | ${r.placement} | ${r.level ?? 'null'} | ${list(r.qualifiers)} | ${r.baseLevel ?? 'null'} | \`${m.placement}\`, ${m.level ?? 'null'}, base ${m.baseLevel ?? 'null'} | ${cell(why)} |`;
  });
  return [
    '## Labels',
    '',
    "How a partnership's name is coded: the rule every record's `placement`, `level`, `qualifiers` and `baseLevel` follow. It is code, not judgement: `readLabel(name)` applies it to any name, the `label-coding` lint rule holds every record to it, and the examples below are read by `readLabel` from the records when this page is built.",
    '',
    "1. **The Chinese name decides.** Where no Chinese text of the name was found, the English one is read against the levels' English names (a note says so). A bilateral marker such as 中俄 or 中印尼 is set aside.",
    '2. **A level name is that level** (`placement: label`): 全面战略伙伴关系 is 3.3.',
    '3. **A descriptive phrase is set aside** (`placement: reading`): text running up to the last 的 describes the partnership (相互尊重、共同发展的…, 与时俱进的…). If the rest is a level name, the name is on that level, as the tracker itself reads Singapore\'s 与时俱进的全方位合作伙伴关系 on 4.1. Qualifiers standing before a description are written onto the name and kept (新时代相互尊重、共同发展的…); qualifiers that are the whole description (更加紧密的, "closer") are part of it.',
    "4. **Anything else is on no level** (`placement: none`, `level: null`, `standingOf` answers `off-ladder`): a qualifier written onto a level name (全天候, 新时代, 互惠, ...) makes a name that is none of the 16, and it is never moved to the nearest level. The ladder is the tracker's reading of the 2021 names and is not renumbered or extended.",
    "5. **Qualifiers are data** (`qualifiers`): the words of the table below written onto the name, outside its descriptive phrases, in the table's order, for every name on the ladder or off it, so the same word is coded the same way (全天候 in Pakistan's name on 2.1 and in Ethiopia's off the ladder).",
    "6. **The base level is an explicit reading, never the default** (`baseLevel`, the `base_level` column, `baseLevelOf`): the record's level where it has one; otherwise the first level name reached taking the qualifiers off the front one at a time; null when none is reached. It gives an ordinal rank to a name off the ladder, at a cost: Ethiopia's all-weather strategic partnership of 2023 reads as 3.5, below the 2.2 it replaced, though both governments called it an upgrade. Compare it with the level before using it as a rank.",
    "7. **The tracker's placements stand** (`placement: tracker`): a country the tracker names on a level is on that level in August 2021 whatever its name reads as (the United Kingdom's 面向21世纪全球全面战略伙伴关系 on 3.3). `placement: source` marks the few records another source places (see their notes).",
    '8. **A community with a shared future (命运共同体) is never a partnership label**: such statements are records of `communities`, dated facts of their own, which can come with an unchanged label.',
    '',
    `Records by placement in this build: ${[...byPlacement].map(([p, n]) => `\`${p}\` ${n}`).join(', ')}.`,
    '',
    '### Qualifiers',
    '',
    '| code | Chinese | English |',
    '|---|---|---|',
    ...QUALIFIER_WORDS.map((q) => `| \`${q.code}\` | ${q.zh.join(', ')} | ${q.en.join(', ')} |`),
    '',
    '### Worked examples',
    '',
    'Each name as the record gives it, what `readLabel` reads (placement, level, qualifiers, base level), and what the record holds.',
    '',
    '| record | name | reads as | level | qualifiers | base level | record holds | why shown |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    "To reproduce a decision: `readLabel('新时代全天候全面战略伙伴关系')` answers `{ placement: 'none', level: null, qualifiers: ['new-era', 'all-weather'], baseLevel: '3.3', language: 'zh' }`.",
  ];
}
