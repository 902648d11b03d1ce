/**
 * The generated documentation (without a browser; `npm run docs:check` renders it in Chromium): the
 * Codebook follows the zod schemas, the figures hold one mark per record, the naming guide's table
 * matches the countries table, and the corrections form asks for what the guide says it asks for.
 */
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as data from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { codebook } from '../../scripts/docs/codebook.js';
import { ladderSvg, timelineSvg, treatyMapSvg } from '../../scripts/docs/figures/index.js';
import { loadWorld } from '../../scripts/docs/figures/world.js';
import { provenance } from '../../scripts/docs/provenance.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const count = (svg: string, mark: string) => svg.split(`data-mark="${mark}"`).length - 1;

describe('Codebook', async () => {
  // Read the schemas' own descriptions before the codebook registers ids on the shared ones.
  const expected = {
    treaties: z.toJSONSchema(schemas.TreatySchema) as { properties: Record<string, { description?: string }> },
    events: z.toJSONSchema(schemas.EventSchema) as { properties: Record<string, { description?: string }> },
    partnerships: z.toJSONSchema(schemas.MembershipSchema) as { properties: Record<string, { description?: string }> },
  };
  const text = await codebook();

  it('has a section for every table, with its record count', () => {
    for (const table of [
      'tiers',
      'levels',
      'partnerships',
      'communities',
      'outsideFramework',
      'treaties',
      'events',
      'watchItems',
      'conflicts',
      'sources',
      'countries',
      'dataset',
    ]) {
      expect(text, table).toContain(`\n## ${table}\n`);
    }
    expect(text).toContain(
      `| [\`treaties\`](#treaties) | \`Treaty\` (\`TreatySchema\`) | \`id\` | ${data.treaties.length} |`,
    );
    // Each table of the registry names its files and their CSV columns (data/watch-items.csv, by hand).
    expect(text).toContain(
      'In the files: `data/watch-items.json` and `data/watch-items.csv`, whose columns are `id`, `order`,',
    );
    expect(text).toContain('**Extradition treaties of the PRC and Hong Kong.**');
    expect(text.match(/^In the files: /gm)).toHaveLength(11);
  });

  it('lists every field of a table with the description its schema gives', () => {
    for (const [table, json] of Object.entries(expected)) {
      const section = text.slice(
        text.indexOf(`\n## ${table}\n`),
        text.indexOf('\n## ', text.indexOf(`\n## ${table}\n`) + 4),
      );
      for (const [field, node] of Object.entries(json.properties)) {
        expect(section, `${table}.${field}`).toContain(`| \`${field}\` |`);
        if (node.description) expect(section, `${table}.${field}`).toContain(node.description.replace(/\|/g, '\\|'));
      }
    }
    expect(text).toContain(
      '| `steps[].by.body` | non-empty string | required | Who acted, e.g. "NPC Standing Committee", "Government of Canada". |',
    );
    expect(text).toContain('\n### FuzzyDate\n');
  });
});

describe('Provenance', () => {
  it('counts from the data and lists every conflict', async () => {
    const text = await provenance();
    for (const c of data.conflicts) expect(text).toContain(`(\`${c.id}\`)`);
    expect(text).toContain(
      `${data.treaties.filter((t) => t.chinaSide === 'CN').length} PRC extradition treaties and ${data.treaties.filter((t) => t.chinaSide === 'HK').length} Hong Kong agreements`,
    );
    for (const figure of ['treaty-map-cn', 'treaty-map-hk', 'ladder', 'timeline'])
      expect(text).toContain(`(../figures/${figure}.svg)`);
    // The release fact-check and its recorded results (docs/guides/fact-check.md).
    expect(text).toContain('[Fact-check](fact-check.md)');
  });
});

describe('figures', () => {
  it('the ladder: 5 tiers, 16 levels and one chip per country on a level on the day drawn', () => {
    for (const asOf of [data.dataset.coverageEnd, '2021-08-31']) {
      const svg = ladderSvg(data, asOf);
      expect(count(svg, 'tier')).toBe(5);
      expect(count(svg, 'level')).toBe(16);
      const members = data.levels.flatMap((l) => data.membersOf(l.code, { asOf }));
      expect(count(svg, 'member')).toBe(members.length);
      expect(count(svg, 'member')).toBeGreaterThan(90);
    }
    const svg = ladderSvg(data);
    // Hungary: on 3.3 in the tracker's month; off the levels (all-weather, new era) today, named in the notes.
    expect(ladderSvg(data, '2021-08-31')).toContain('data-mark="member" data-country="HU" data-level="3.3"');
    expect(svg).not.toContain('data-country="HU" data-level=');
    const notes = svg.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(notes).toMatch(/Off the 16 levels: .*Hungary \(HU/);
    // Russia, named by the tracker on 1.1; Brazil, placed on 3.3 by other sources.
    expect(svg).toContain('data-mark="member" data-country="RU" data-level="1.1" data-basis="tracker"');
    expect(svg).toContain('data-mark="member" data-country="BR" data-level="3.3" data-basis="external"');
  });

  it('the treaty maps: one mark per treaty signed by the day, small states as dots, each with its status that day', () => {
    for (const side of ['CN', 'HK'] as const) {
      for (const asOf of [data.dataset.coverageEnd, '2021-08-31']) {
        const svg = treatyMapSvg(data, side, asOf);
        const status = (t: (typeof data.treaties)[number]) => data.treatyStatus(t.counterparty, { side, asOf });
        const drawn = data.treaties.filter((t) => t.chinaSide === side && status(t) !== undefined);
        expect(count(svg, 'treaty'), `${side} ${asOf}`).toBe(drawn.length);
        for (const t of drawn)
          expect(svg, t.id).toContain(`data-id="${t.id}" data-country="${t.counterparty}" data-status="${status(t)}"`);
      }
    }
    // August 2021: the status each record gives for the tracker's month; every treaty then signed is drawn.
    const edition = treatyMapSvg(data, 'CN', '2021-08-31');
    for (const t of data.treaties.filter((x) => x.chinaSide === 'CN' && x.status !== null))
      expect(edition, t.id).toContain(`data-id="${t.id}" data-country="${t.counterparty}" data-status="${t.status}"`);
    expect(edition).not.toContain('Not drawn');
    expect(edition).toContain("The PRC's extradition treaties: status in August 2021");
    // Today: Serbia's treaty (signed 8 May 2024) is drawn; Hungary's, only initialled (July 2025), is named apart.
    const today = treatyMapSvg(data, 'CN');
    expect(today).toContain("The PRC's extradition treaties: status in January 2026");
    expect(today).toMatch(/data-id="cn-rs" data-country="RS" data-status="not-ratified"/);
    expect(today).not.toContain('data-id="cn-hu"');
    expect(today).toContain('Not drawn: Hungary (HU, initialled 2025-07), not yet signed.');
    expect(treatyMapSvg(data, 'HK')).toMatch(/<circle data-mark="treaty" data-id="hk-sg"[^>]*data-shape="dot"/);
    expect(treatyMapSvg(data, 'HK')).toContain('data-role="hong-kong"');
  });

  it('the treaty maps draw Western Sahara as its own grey shape, not as part of Morocco', () => {
    // Places written down from an atlas: Dakhla and Laayoune in Western Sahara; Rabat and Tan-Tan (a
    // degree north of the 27°40′ N border) in Morocco.
    const dakhla: [number, number] = [-15.93, 23.7];
    const laayoune: [number, number] = [-13.2, 27.15];
    const rabat: [number, number] = [-6.84, 34.02];
    const tanTan: [number, number] = [-11.1, 28.44];
    const { features, codes } = loadWorld();
    const shape = (code: string) => features[codes.indexOf(code)]!;
    for (const place of [dakhla, laayoune]) {
      expect(geoContains(shape('EH'), place), String(place)).toBe(true);
      expect(geoContains(shape('MA'), place), String(place)).toBe(false);
    }
    for (const place of [rabat, tanTan]) {
      expect(geoContains(shape('MA'), place), String(place)).toBe(true);
      expect(geoContains(shape('EH'), place), String(place)).toBe(false);
    }
    for (const side of ['CN', 'HK'] as const) {
      const svg = treatyMapSvg(data, side);
      const eh = [...svg.matchAll(/<path [^>]*data-country="EH"[^>]*>/g)].map((m) => m[0]);
      expect(eh, side).toHaveLength(1);
      // Neutral: the grey of a place with no treaty, no mark, no status.
      expect(eh[0], side).toContain('fill="#dfe3e8"');
      expect(eh[0], side).not.toMatch(/data-mark|data-status/);
      // On the map, Morocco ends where Western Sahara begins: no point of Morocco's path lies south of it.
      const ys = (tag: string) =>
        [.../ d="([^"]+)"/.exec(tag)![1]!.matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));
      const ma = /<path [^>]*data-country="MA"[^>]*>/.exec(svg)![0];
      expect(Math.max(...ys(ma)), side).toBeLessThanOrEqual(Math.min(...ys(eh[0]!)) + 0.2);
    }
  });

  it('the timeline: one mark per dated event and per watch-item window, no NaN anywhere', () => {
    const svg = timelineSvg(data);
    expect(count(svg, 'event')).toBe(data.events.filter((e) => (e.date ?? e.trackerDate) !== null).length);
    expect(count(svg, 'watch-window')).toBe(data.watchItems.length);
    // The tracker's date of the Henan floods (30 July) and the sources' (20 July) share no day.
    expect(svg).toContain('data-mark="tracker-date" data-id="henan-floods-2021"');
    expect(svg).not.toMatch(/NaN|undefined/);
  });
});

describe('guides', () => {
  it('the naming guide shows the names the countries table holds', () => {
    const guide = readFileSync(`${root}/docs/guides/naming.md`, 'utf8');
    const rows = [...guide.matchAll(/^\| `([A-Z]{2})` \| (.+?) \| (.+?) \| (.+?) \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(['TW', 'PS', 'XK', 'HK', 'MO']);
    for (const [, code, name, nameZh, also] of rows) {
      const country = data.countryOf(code!)!;
      expect(name, code).toBe(country.name);
      expect(nameZh, code).toBe(country.nameZh);
      const names = [
        country.officialName,
        ...country.aliases,
        country.officialNameZh,
        country.nameZhHk,
        country.nameZhTw,
        ...country.aliasesZh,
      ];
      const aliases = [...new Set(names)].filter((n) => n !== null && n !== country.name && n !== country.nameZh);
      expect(also === '(none)' ? [] : also!.split('; '), code).toEqual(aliases);
    }
  });

  it('the corrections form requires the record id, the proposed value and a source (address and excerpt)', () => {
    const form = readFileSync(`${root}/.github/ISSUE_TEMPLATE/data-correction.yml`, 'utf8');
    const fields = form.split(/\n {2}- type: /).slice(1);
    const required = (id: string) => {
      const field = fields.find((f) => f.includes(`\n    id: ${id}\n`));
      expect(field, id).toBeDefined();
      return /\n {6}required: true/.test(field!);
    };
    for (const id of ['record', 'proposed', 'source-url', 'source-excerpt']) expect(required(id), id).toBe(true);
    expect(required('table')).toBe(false);
    expect(form).toMatch(/type: dropdown\n {4}id: table/);
  });

  it("the corrections form's table list is the registry's tables", async () => {
    const { TABLE_NAMES } = await import('../../src/registry.js');
    const form = readFileSync(`${root}/.github/ISSUE_TEMPLATE/data-correction.yml`, 'utf8');
    const table = form.split(/\n {2}- type: /).find((f) => f.includes('\n    id: table\n'))!;
    const options = [...table.matchAll(/^ {8}- (\S+)$/gm)].map((m) => m[1]);
    expect([...options].sort()).toEqual([...TABLE_NAMES].sort());
  });
});
