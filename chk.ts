import { partnerships } from './src/data/partnerships.js';
import { levels } from './src/data/levels.js';
import { levelNames, readLabelWith } from './src/lib/labels.js';
const names = levelNames(levels);
for (const m of partnerships) {
  const r = m.label ? readLabelWith(m.label, names) : undefined;
  if (!r) {
    console.log('NOLABEL', m.id, m.placement);
    continue;
  }
  const agree =
    m.placement === 'tracker' || m.placement === 'source'
      ? ''
      : r.level === m.level
        ? r.placement === m.placement
          ? 'ok'
          : 'PL'
        : 'DIFF';
  console.log(
    m.placement.padEnd(7),
    m.id.padEnd(16),
    String(m.level).padEnd(5),
    r.placement.padEnd(7),
    String(r.level).padEnd(5),
    'base',
    String(r.baseLevel).padEnd(5),
    r.qualifiers.join(','),
    agree,
    m.label.zh ?? m.label.en,
  );
}
const tests = [
  '新时代全天候全面战略伙伴关系',
  '全天候全面战略伙伴关系',
  '新时代全方位战略合作伙伴关系',
  '新时代全面战略合作伙伴关系',
  '新时代相互尊重、共同发展的全面战略伙伴关系',
  '全方位高质量的前瞻性伙伴关系',
  '新型战略伙伴关系',
  '长期稳定的全面战略伙伴关系',
  '亲密友好、休戚与共、共享繁荣的新时代中乌全面战略伙伴关系',
  '全天候战略伙伴关系',
  '中印尼全面战略伙伴关系',
];
for (const t of tests) console.log(t, JSON.stringify(readLabelWith({ zh: t }, names)));
for (const t of [
  'all-weather comprehensive strategic partnership for the new era',
  'comprehensive strategic partnership of cooperation',
  'strategic partnership',
  'Strategic Partnership based on respect, equality and mutual benefit',
])
  console.log(t, JSON.stringify(readLabelWith({ en: t }, names)));
