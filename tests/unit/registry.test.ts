/**
 * The registry is the one list of entries and tables: package.json (`exports`, `typesVersions`, `main`,
 * `module`, `types`), the tsup build (which reads ENTRIES) and TypeDoc's entry points must name the same
 * entries, with the file names written out here by hand as a user's bundler would resolve them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRIES, TABLE_NAMES, TABLES } from '../../src/registry.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  main: string;
  module: string;
  types: string;
};
const typedoc = JSON.parse(readFileSync('typedoc.json', 'utf8')) as { entryPoints: string[] };

describe('package.json agrees with the registry', () => {
  it('exports every entry of the registry, and besides them only data files and package.json', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual([...Object.keys(ENTRIES), './data/*', './package.json'].sort());
  });

  it('points each export at the built files of its entry, ESM and CommonJS with their types', () => {
    for (const [path, { name }] of Object.entries(ENTRIES)) {
      expect(pkg.exports[path], path).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
    expect([pkg.main, pkg.module, pkg.types]).toEqual(['./dist/index.cjs', './dist/index.js', './dist/index.d.cts']);
  });

  it('maps every subpath in typesVersions (for node10 resolution)', () => {
    const expected = Object.fromEntries(
      Object.values(ENTRIES)
        .filter((e) => e.name !== 'index')
        .map((e) => [e.name, [`./dist/${e.name}.d.cts`]]),
    );
    expect(pkg.typesVersions).toEqual({ '*': expected });
  });
});

describe('the build and the docs agree with the registry', () => {
  it('tsup builds one entry per registry entry, from its source', async () => {
    const { default: configs } = (await import('../../tsup.config.js')) as {
      default: { entry: Record<string, string> }[];
    };
    const built = Object.assign({}, ...configs.map((c) => c.entry)) as Record<string, string>;
    for (const { name, source } of Object.values(ENTRIES)) expect(built[name], name).toBe(source);
  });

  it("TypeDoc documents every entry's source", () => {
    const sources = Object.values(ENTRIES).map((e) => e.source);
    for (const source of sources) {
      const covered = typedoc.entryPoints.some((p) =>
        p.includes('*') ? new RegExp(`^${p.replace('.', '\\.').replace('*', '[^/]+')}$`).test(source) : p === source,
      );
      expect(covered, source).toBe(true);
    }
  });

  it('every table belongs to an entry of the registry', () => {
    const names = new Set(Object.values(ENTRIES).map((e) => e.name));
    for (const table of TABLE_NAMES) expect(names.has(TABLES[table].entry), table).toBe(true);
  });
});
