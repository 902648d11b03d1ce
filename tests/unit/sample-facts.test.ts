/**
 * The release fact-check sample (scripts/sample-facts.ts): the same seed and data draw the same facts,
 * every citation of a sampled fact names a source of the data, and each fact carries its checkboxes.
 */
import { describe, expect, it } from 'vitest';
import { records } from '../../src/data/index.js';
import { collectFacts, sampleFacts, seededRandom } from '../../scripts/facts/sample.js';
import { checklist } from '../../scripts/sample-facts.js';

const facts = collectFacts(records);
const sourceIds = new Set(records.sources.map((s) => s.id));

describe('sample-facts', () => {
  it('collects one fact per claim: each treaty step and status, each event, each reading of a conflict', () => {
    const treatySteps = records.treaties.reduce((n, t) => n + t.steps.length, 0);
    expect(facts.filter((f) => f.record.startsWith('treaties/'))).toHaveLength(treatySteps + records.treaties.length);
    expect(facts.filter((f) => f.record.startsWith('events/'))).toHaveLength(records.events.length);
    expect(facts.filter((f) => f.record.startsWith('conflicts/'))).toHaveLength(2 * records.conflicts.length);
    expect(facts.filter((f) => f.record.startsWith('partnerships/'))).toHaveLength(records.partnerships.length);
    expect(facts.find((f) => f.record === 'treaties/hk-us' && f.path === 'steps.2')?.date?.value).toBe('2020-08-19');
  });

  it('is deterministic for a seed, and another seed draws another sample', () => {
    const a = checklist(2026, 50);
    expect(checklist(2026, 50).text).toBe(a.text);
    expect(a.sample).toHaveLength(50);
    expect(new Set(a.sample.map((f) => `${f.record} ${f.path}`)).size).toBe(50);
    expect(checklist(2027, 50).text).not.toBe(a.text);
    // The first ten of a larger draw are the draw of ten: a checklist can be worked through in order.
    expect(sampleFacts(facts, 2026, 10)).toEqual(sampleFacts(facts, 2026, 50).slice(0, 10));
  });

  it('resolves every citation of every sampled fact to a source of the data', () => {
    for (const seed of [2026, 1, 42, 7_000_001]) {
      for (const fact of sampleFacts(facts, seed, 50))
        for (const c of fact.citations) expect(sourceIds.has(c.source), `${fact.record}: ${c.source}`).toBe(true);
    }
    expect(checklist(2026, 50).text).not.toContain('does not resolve');
  });

  it('writes each fact with its record, claim, citations and the three checks', () => {
    const { text, sample } = checklist(2026, 5);
    expect(text).toMatch(/^# Fact-check sample: seed 2026, 5 of \d+ facts\n/);
    expect(text.match(/^## \d+\. `/gm)).toHaveLength(5);
    expect(text.match(/^- \[ \] claim matches$/gm)).toHaveLength(5);
    const citations = sample.reduce((n, f) => n + f.citations.length, 0);
    expect(text.match(/- \[ \] source reachable/g)).toHaveLength(citations);
    expect(
      (text.match(/- \[ \] excerpt on page/g) ?? []).length + (text.match(/the section says it/g) ?? []).length,
    ).toBe(citations);
  });

  it('caps the count at the number of facts and rejects a bad seed or count', () => {
    expect(sampleFacts(facts.slice(0, 3), 5, 10)).toHaveLength(3);
    expect(() => sampleFacts(facts, 1.5, 10)).toThrow(RangeError);
    expect(() => sampleFacts(facts, 1, 0)).toThrow(RangeError);
  });

  it('draws numbers in [0, 1) that repeat for a seed and differ between seeds', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    const c = seededRandom(10);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
