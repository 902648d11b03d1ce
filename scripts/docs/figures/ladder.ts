/**
 * The partnership ladder: its 5 tiers and 16 levels, closest first, and the members of each level on a
 * day, each a chip that says whether the tracker names it there: on the last day the data covers
 * (`ladder.svg`) and on the last day of the tracker's month (`ladder-2021.svg`).
 */
import { EDITION } from '../../../src/edition.js';
import { countryName, type Data, INK, MUTED, svgOpen, wrap, xml } from './svg.js';

/** Colours of the five tiers, closest (darkest) first (the tier-years figure uses them too). */
export const TIER_COLOURS = ['#08306b', '#0b4f94', '#1f69b0', '#2f7bbf', '#4a8ac6'];

export function ladderSvg(data: Data, asOf: string = data.dataset.coverageEnd): string {
  const W = 820;
  const CHIP_W = 32;
  const CHIP_H = 18;
  const CHIP_GAP = 4;
  const CHIPS_X = 372;
  const CHIPS_W = W - CHIPS_X - 14;
  const perLine = Math.floor((CHIPS_W + CHIP_GAP) / (CHIP_W + CHIP_GAP));
  const body: string[] = [];
  let y = 104;
  let memberCount = 0;
  for (const [t, tier] of data.tiers.entries()) {
    const levels = data.levels.filter((l) => l.tier === tier.code);
    const rows = levels.map((level) => {
      const members = data.membersOf(level.code, { asOf });
      const names = wrap(level.nameEn, 40);
      const chipLines = Math.max(1, Math.ceil(members.length / perLine));
      const height = Math.max(12 + names.length * 16 + 16, 10 + chipLines * (CHIP_H + CHIP_GAP) + 4);
      return { level, members, names, height };
    });
    const tierHeight = 28 + rows.reduce((sum, r) => sum + r.height, 0);
    const colour = TIER_COLOURS[t] ?? TIER_COLOURS.at(-1)!;
    body.push(
      `<g data-mark="tier" data-tier="${tier.code}">`,
      `<rect x="10" y="${y}" width="${W - 20}" height="${tierHeight}" rx="6" fill="#f5f8fb" stroke="#d5dde6"/>`,
      `<rect x="10" y="${y}" width="8" height="${tierHeight}" rx="3" fill="${colour}"/>`,
      `<text x="28" y="${y + 19}" font-size="14" font-weight="700" fill="${colour}">Tier ${xml(tier.code)} · ${xml(tier.nameEn)} <tspan font-weight="400" fill="${MUTED}">${xml(tier.nameZh)}</tspan></text>`,
      `</g>`,
    );
    let ry = y + 28;
    for (const { level, members, names, height } of rows) {
      const said = level.tracker.countStated
        ? `tracker: ${level.tracker.count}`
        : `tracker names ${level.tracker.count}`;
      body.push(
        `<g data-mark="level" data-level="${level.code}">`,
        `<line x1="28" x2="${W - 14}" y1="${ry}" y2="${ry}" stroke="#e1e7ee"/>`,
        `<text x="28" y="${ry + 17}" font-size="13" font-weight="700" fill="${INK}">${xml(level.code)}</text>`,
        ...names.map(
          (line, i) => `<text x="58" y="${ry + 17 + i * 16}" font-size="13" fill="${INK}">${xml(line)}</text>`,
        ),
        `<text x="58" y="${ry + 17 + names.length * 16}" font-size="12" fill="${MUTED}">${xml(level.nameZh)} · ${xml(said)} · in the data: ${members.length}</text>`,
        `</g>`,
      );
      members.forEach((m, i) => {
        const cx = CHIPS_X + (i % perLine) * (CHIP_W + CHIP_GAP);
        const cy = ry + 6 + Math.floor(i / perLine) * (CHIP_H + CHIP_GAP);
        const tracker = m.basis === 'tracker';
        const since = m.since ? `, since ${m.since.value}` : '';
        const tip = `${countryName(data, m.country)} (${m.country}): ${level.code} ${level.nameEn}${since}; ${tracker ? 'named by the tracker' : 'placed by other sources'}`;
        body.push(
          `<g data-mark="member" data-country="${m.country}" data-level="${level.code}" data-basis="${m.basis}"><title>${xml(tip)}</title>`,
          `<rect x="${cx}" y="${cy}" width="${CHIP_W}" height="${CHIP_H}" rx="3" fill="${tracker ? colour : '#ffffff'}" stroke="${colour}" stroke-width="1.3"/>`,
          `<text x="${cx + CHIP_W / 2}" y="${cy + 13}" font-size="11.5" font-weight="600" text-anchor="middle" fill="${tracker ? '#ffffff' : INK}">${m.country}</text>`,
          `</g>`,
        );
        memberCount++;
      });
      ry += height;
    }
    y += tierHeight + 10;
  }
  const outside = data.outsideFramework.map((o) => `${countryName(data, o.country)} (${o.country})`).join(', ');
  // The partnerships held that day whose names are on none of the levels.
  const off = data.countries
    .map((c) => data.membershipOf(c.code, { asOf }))
    .filter((m) => m !== undefined && m.level === null) as NonNullable<ReturnType<Data['membershipOf']>>[];
  const offText = off
    .map((m) => `${countryName(data, m.country)} (${m.country}${m.label?.en ? `: ${m.label.en}` : ''})`)
    .join('; ');
  const notes = [
    `Outside the framework: ${outside}.`,
    ...(off.length ? [`Off the ${data.levels.length} levels: ${offText}.`] : []),
    `Each country is drawn on the level it holds on ${asOf}, as membersOf(level, { asOf }) gives it. Source: ${EDITION.title}, ${EDITION.sections['exhibit-1']}, for the ladder and the members it names (filled chips); the other members from the sources cited in the data.`,
  ];
  const lines = notes.flatMap((n) => wrap(n, 118));
  lines.forEach((n, i) => {
    body.push(`<text x="12" y="${y + 12 + i * 17}" font-size="12" fill="${MUTED}">${xml(n)}</text>`);
  });
  const H = y + 14 + lines.length * 17;
  const head = [
    svgOpen(
      W,
      H,
      "China's partnership ladder",
      `The ${data.tiers.length} tiers and ${data.levels.length} levels of China's diplomatic partnerships, closest first, with the ${memberCount} countries the data places on them on ${asOf}.`,
      asOf === data.dataset.coverageEnd ? 'ladder' : `ladder-${asOf.slice(0, 4)}`,
    ),
    `<text x="12" y="30" font-size="20" font-weight="700" fill="${INK}">China's partnership ladder, closest first</text>`,
    `<text x="12" y="52" font-size="13" fill="${MUTED}">${data.tiers.length} tiers, ${data.levels.length} levels, ${memberCount} countries on ${xml(asOf)}; per level, what the tracker says and the members in the data.</text>`,
    `<rect x="12" y="68" width="${CHIP_W}" height="${CHIP_H}" rx="3" fill="${TIER_COLOURS[2]}" stroke="${TIER_COLOURS[2]}"/><text x="${12 + CHIP_W / 2}" y="81" font-size="11.5" font-weight="600" text-anchor="middle" fill="#fff">XX</text>`,
    `<text x="52" y="82" font-size="13" fill="${INK}">named on the level by the tracker</text>`,
    `<rect x="282" y="68" width="${CHIP_W}" height="${CHIP_H}" rx="3" fill="#fff" stroke="${TIER_COLOURS[2]}" stroke-width="1.3"/><text x="${282 + CHIP_W / 2}" y="81" font-size="11.5" font-weight="600" text-anchor="middle" fill="${INK}">XX</text>`,
    `<text x="322" y="82" font-size="13" fill="${INK}">placed there by other sources (hover: country, date)</text>`,
  ];
  return `${[...head, ...body, '</svg>'].join('\n')}\n`;
}
