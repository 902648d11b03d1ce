/**
 * scripts/data-diff: how values are compared (paths, keyed arrays, changes of type) and shown in the
 * Markdown (quoting, code spans, shortening), on values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { diffTable, diffValues, leastBump } from '../../scripts/data-diff/diff.js';
import { changeLine, code, shorten } from '../../scripts/data-diff/markdown.js';

describe('diffValues', () => {
  it('finds nothing when only the order of keys differs', () => {
    expect(diffValues({ b: 1, a: { d: [1], c: 2 } }, { a: { c: 2, d: [1] }, b: 1 }, '')).toEqual([]);
  });

  it('goes down objects and index arrays to the leaves, by JSON path', () => {
    const old = { steps: [{ action: 'suspended', date: { precision: 'month', value: '2020-10' } }] };
    const neu = { steps: [{ action: 'suspended', date: { precision: 'day', value: '2020-10-16' } }] };
    expect(diffValues(old, neu, '')).toEqual([
      { path: 'steps[0].date.precision', kind: 'changed', old: 'month', new: 'day' },
      { path: 'steps[0].date.value', kind: 'changed', old: '2020-10', new: '2020-10-16' },
    ]);
  });

  it('lists a value added or removed whole leaf by leaf', () => {
    expect(diffValues({ steps: [] }, { steps: [{ action: 'signed', by: { country: 'CA' } }] }, '')).toEqual([
      { path: 'steps[0].action', kind: 'added', new: 'signed' },
      { path: 'steps[0].by.country', kind: 'added', new: 'CA' },
    ]);
    expect(diffValues({ note: 'x', tags: [], extra: {} }, {}, '')).toEqual([
      { path: 'extra', kind: 'removed', old: {} },
      { path: 'note', kind: 'removed', old: 'x' },
      { path: 'tags', kind: 'removed', old: [] },
    ]);
  });

  it('keys citations by source, telling a repeated source apart by its occurrence', () => {
    const old = {
      sources: [
        { source: 'a', excerpt: 'first' },
        { source: 'a', excerpt: 'second' },
      ],
    };
    const neu = {
      sources: [
        { source: 'b', excerpt: 'new' },
        { source: 'a', excerpt: 'first' },
        { source: 'a', excerpt: 'second, corrected' },
      ],
    };
    expect(diffValues(old, neu, '')).toEqual([
      { path: 'sources[source=b].excerpt', kind: 'added', new: 'new' },
      { path: 'sources[source=b].source', kind: 'added', new: 'b' },
      { path: 'sources[source=a#2].excerpt', kind: 'changed', old: 'second', new: 'second, corrected' },
    ]);
  });

  it('keys records with ids by id, and reports a change of order only as one reordering', () => {
    expect(diffValues([{ id: 'x', v: 1 }], [{ id: 'y', v: 1 }], 'list')).toEqual([
      { path: 'list[id=y].id', kind: 'added', new: 'y' },
      { path: 'list[id=y].v', kind: 'added', new: 1 },
      { path: 'list[id=x].id', kind: 'removed', old: 'x' },
      { path: 'list[id=x].v', kind: 'removed', old: 1 },
    ]);
    expect(
      diffValues({ s: [{ source: 'a' }, { source: 'b' }] }, { s: [{ source: 'b' }, { source: 'a' }] }, ''),
    ).toEqual([{ path: 's', kind: 'reordered', old: ['source=a', 'source=b'], new: ['source=b', 'source=a'] }]);
  });

  it('takes a list of plain values as one value, and shows both sides of a change of type', () => {
    expect(diffValues({ named: ['CA', 'CZ'] }, { named: ['CZ', 'CA'] }, '')).toEqual([
      { path: 'named', kind: 'changed', old: ['CA', 'CZ'], new: ['CZ', 'CA'] },
    ]);
    expect(diffValues({ rank: 9, note: null }, { rank: '9', note: 'x' }, '')).toEqual([
      { path: 'note', kind: 'changed', old: null, new: 'x' },
      { path: 'rank', kind: 'changed', old: 9, new: '9' },
    ]);
    expect(diffValues({ by: 'CA' }, { by: { country: 'CA' } }, '')).toEqual([
      { path: 'by', kind: 'removed', old: 'CA' },
      { path: 'by.country', kind: 'added', new: 'CA' },
    ]);
    expect(diffValues({ 'odd name': 1 }, { 'odd name': 2 }, '')).toEqual([
      { path: '["odd name"]', kind: 'changed', old: 1, new: 2 },
    ]);
  });
});

describe('diffTable and leastBump', () => {
  const info = { file: 'levels', key: 'code' };

  it('matches records by key, whatever their order in the file', () => {
    const a = [{ code: '3.5' }, { code: '3.6', rank: 10 }];
    const b = [{ code: '3.6', rank: 10 }, { code: '3.5' }];
    expect(diffTable('levels', info, a, b)).toEqual({
      table: 'levels',
      file: 'data/levels.json',
      key: 'code',
      atRef: true,
      inWorkingTree: true,
      added: [],
      removed: [],
      changed: [],
    });
  });

  it('refuses a table whose key repeats or is missing', () => {
    expect(() => diffTable('levels', info, [{ code: '3.5' }, { code: '3.5' }], [])).toThrow(
      'data-diff: data/levels.json at the ref: the code "3.5" names two records',
    );
    expect(() => diffTable('levels', info, [], [{ rank: 9 }])).toThrow(
      'data-diff: data/levels.json in the working tree: record 0 has no string "code"',
    );
  });

  it('asks for major when a record goes, minor when one comes, patch when one changes', () => {
    const one = [{ code: '3.5', rank: 9 }];
    expect(leastBump([diffTable('levels', info, one, [])])).toBe('major');
    expect(leastBump([diffTable('levels', info, undefined, one)])).toBe('minor');
    expect(leastBump([diffTable('levels', info, one, [{ code: '3.5', rank: 10 }])])).toBe('patch');
    expect(leastBump([diffTable('levels', info, one, one)])).toBe('none');
  });
});

describe('Markdown values', () => {
  it('shows a change as `path`: old → new, quoting only strings that would be misread', () => {
    expect(changeLine({ path: 'steps[2].date.value', kind: 'changed', old: '2020-10', new: '2020-10-16' })).toBe(
      '`steps[2].date.value`: `2020-10` → `2020-10-16`',
    );
    expect(changeLine({ path: 'rank', kind: 'changed', old: 9, new: '9' })).toBe('`rank`: `9` → `"9"`');
    expect(changeLine({ path: 'note', kind: 'added', new: '' })).toBe('`note`: (none) → `""`');
    expect(changeLine({ path: 'note', kind: 'removed', old: '(none)' })).toBe('`note`: `"(none)"` → (none)');
    expect(changeLine({ path: 'note', kind: 'changed', old: 'a\nb', new: null })).toBe('`note`: `"a\\nb"` → `null`');
    expect(changeLine({ path: 'named', kind: 'changed', old: ['CA'], new: [] })).toBe('`named`: `["CA"]` → `[]`');
    expect(
      changeLine({ path: 's', kind: 'reordered', old: ['source=a', 'source=b'], new: ['source=b', 'source=a'] }),
    ).toBe('`s` order: `["source=a","source=b"]` → `["source=b","source=a"]`');
  });

  it('shortens long strings by code points, around their first difference', () => {
    expect(shorten('𠀀'.repeat(80))).toBe('𠀀'.repeat(80));
    expect(shorten('𠀀'.repeat(81))).toBe(`${'𠀀'.repeat(80)}…`);
    // Differing at character 60 (0-based) of 100: 20 characters of context would start at 40, but a full
    // window of 80 that ends at the end starts at 20.
    const old = `${'a'.repeat(60)}X${'b'.repeat(39)}`;
    const neu = `${'a'.repeat(60)}Y${'b'.repeat(39)}`;
    expect(changeLine({ path: 'p', kind: 'changed', old, new: neu })).toBe(
      `\`p\`: \`…${'a'.repeat(40)}X${'b'.repeat(39)}\` → \`…${'a'.repeat(40)}Y${'b'.repeat(39)}\``,
    );
    // Differing at character 30 of 200: shown from 10, for 80 characters.
    const long = `${'a'.repeat(30)}X${'b'.repeat(169)}`;
    expect(changeLine({ path: 'p', kind: 'changed', old: 'a'.repeat(30), new: long })).toBe(
      `\`p\`: \`${'a'.repeat(30)}\` → \`…${'a'.repeat(20)}X${'b'.repeat(59)}…\``,
    );
    // Strings inside a list are shortened from their start.
    expect(changeLine({ path: 'p', kind: 'added', new: ['c'.repeat(81)] })).toBe(
      `\`p\`: (none) → \`["${'c'.repeat(80)}…"]\``,
    );
  });

  it('fences code spans longer than any run of backticks inside', () => {
    expect(code('plain')).toBe('`plain`');
    expect(code('a `b` c')).toBe('``a `b` c``');
    expect(code('`b`')).toBe('`` `b` ``');
    expect(code('x ``y``')).toBe('``` x ``y`` ```');
  });
});
