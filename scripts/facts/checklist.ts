/**
 * The Markdown checklist of a sample of facts: for each fact its record, the claim in words, its date
 * and precision, and each citation's publisher, title, address and excerpt, with boxes to tick.
 */
import type { Fact, FactCitation, FactDate } from './sample.js';

/** A source as the checklist shows it. */
export interface ChecklistSource {
  readonly id: string;
  readonly kind: string;
  readonly publisherType: string;
  readonly title: string;
  readonly url?: string;
  readonly readAt?: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly language?: string;
}

/** What the checklist's heading says about the draw. */
export interface ChecklistHeader {
  readonly seed: number;
  readonly population: number;
  /** The data's fingerprint, so that a checklist names the data it was drawn from. */
  readonly fingerprint: string;
}

/** A date in words: `2020-07-28 (day)`, with its span, `uncertain` and how it was derived. */
export function dateText(date: FactDate): string {
  const span = date.end ? ` to ${date.end}` : '';
  const flags = [date.precision, date.uncertain ? 'uncertain' : ''].filter(Boolean).join(', ');
  const derived = date.derived ? ` — derived: ${date.derived}` : '';
  return `${date.value}${span} (${flags})${derived}`;
}

/** Markdown-safe inline text: no line breaks, no stray pipes or backticks breaking the layout. */
const inline = (text: string) => text.replace(/\s+/g, ' ').replace(/`/g, "'").trim();

function citationLines(c: FactCitation, source: ChecklistSource | undefined): string[] {
  if (!source) return [`  - **unknown source \`${c.source}\`**: the citation does not resolve.`];
  if (source.kind === 'tracker') {
    return [
      `  - **${inline(source.title)}** (the tracker), section \`${c.section ?? '?'}\`${c.note ? ` — ${inline(c.note)}` : ''}`,
      '    - [ ] source reachable (the tracker PDF)',
      '    - [ ] the section says it',
    ];
  }
  const where = source.url
    ? `<${source.url}>`
    : `read only on a copy, <${source.readAt}> (the publisher's own page was not reached)`;
  const meta = [source.publisherType, source.published ? `published ${source.published}` : 'undated', source.language]
    .filter(Boolean)
    .join(', ');
  const lines = [
    `  - **${inline(source.publisher ?? '(no publisher)')}**, *${inline(source.title)}* (${meta}) \`${source.id}\``,
    `    - address: ${where}`,
    c.excerpt ? `    - excerpt: “${inline(c.excerpt)}”` : '    - excerpt: (none recorded)',
  ];
  if (c.note) lines.push(`    - note: ${inline(c.note)}`);
  lines.push(
    '    - [ ] source reachable',
    `    - [ ] excerpt on page${c.excerpt ? '' : ' (no excerpt: the page says it)'}`,
  );
  return lines;
}

/** The checklist for a sample, numbered in the order drawn. */
export function renderChecklist(
  sample: readonly Fact[],
  sources: ReadonlyMap<string, ChecklistSource>,
  header: ChecklistHeader,
): string {
  const out = [
    `# Fact-check sample: seed ${header.seed}, ${sample.length} of ${header.population} facts`,
    '',
    `Drawn from the data with fingerprint \`${header.fingerprint}\` by \`npm run sample-facts -- --seed ${header.seed} --count ${sample.length}\`. The same seed and data always draw the same facts.`,
    '',
    'For each fact: open each address, find the excerpt on the page, and tick "claim matches" only if the sources, read together, say what the claim says at the precision given (a date to the day needs a source that gives the day, or a derivation from a dated report). Note anything wrong under the fact and report it as a correction.',
    '',
  ];
  sample.forEach((fact, i) => {
    out.push(`## ${i + 1}. \`${fact.record}\` ${fact.path}`, '', `- claim: ${inline(fact.claim)}`);
    if (fact.date) out.push(`- date: ${dateText(fact.date)}`);
    for (const m of fact.moments) out.push(`- also dated: ${inline(m.label)}: ${dateText(m.date)}`);
    out.push('- citations:');
    for (const c of fact.citations) out.push(...citationLines(c, sources.get(c.source)));
    out.push('- [ ] claim matches', '');
  });
  return `${out.join('\n').trimEnd()}\n`;
}
