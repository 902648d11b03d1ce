/**
 * The published package: a whitelist of files, no install scripts, zod the only runtime dependency, a
 * build before every pack, where the package's code lives, and Markdown whose links work where the package
 * is read without its repository (the npm page, node_modules).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
  files?: unknown;
  scripts: Record<string, string | undefined>;
  dependencies?: Record<string, string>;
  publishConfig?: { provenance?: boolean; access?: string };
  version: string;
  bin?: Record<string, string>;
  sideEffects?: unknown;
  engines?: { node?: string };
  repository?: unknown;
  homepage?: string;
  bugs?: unknown;
};

/** What `npm pack` would make (listed without building: the tests run after the build). */
const pack = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
)[0] as { files: { path: string }[]; unpackedSize: number; size: number };
/** The files `npm pack` puts in the tarball. */
const files: string[] = pack.files.map((f) => f.path);

/**
 * The most the package may unpack to. It unpacked to 11.4 MB with sourcemaps and src/ (0.0.0); about
 * 5.7 MB without them (1.0.0). 2.0.0 adds the years since the tracker (about 9.4 MB unpacked, 1.6 MB packed):
 * the communities table, 240 memberships and 500 sources more, and five more years of the panels, whose
 * JSON (data/partnership-years.json, 2.3 MB) is the largest file; its record of changes against 1.0.0
 * (data/changes.json, 0.9 MB, which the CLI reads, and the same record once per module format in the
 * `/changes` entry) brings it to 11.2 MB unpacked, 1.8 MB packed. The bound leaves room for the
 * data to grow, not for a second copy of it in one module format.
 */
const MAX_UNPACKED = 12_000_000;

/**
 * The link and image targets of a Markdown text that point to a path (no scheme, not a bare `#anchor`),
 * without their `#anchor` or `?query`. Code (fenced blocks and inline spans) is left out.
 */
function relativeTargets(markdown: string): string[] {
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!),
  ];
  return targets
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#'))
    .map((t) => t.replace(/[#?].*$/, ''))
    .filter((t) => t !== '');
}

it('npm pack holds the built entries, data files and docs, and nothing of the workshop', () => {
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'dist/schemas.js',
    'dist/schemas.cjs',
    'dist/cli.js',
    'data/changes.json',
    'data/schema/changes.schema.json',
  ]) {
    expect(files, needed).toContain(needed);
  }
  const forbidden = files.filter(
    (f) =>
      /^(src|release|tests|scripts|bench|examples|node_modules|\.ci|\.changeset|\.github|docs|coverage)\//.test(f) ||
      /\.tgz$|\.env|metafile|\.map$/.test(f),
  );
  expect(forbidden).toEqual([]);
});

it(`unpacks to at most ${MAX_UNPACKED / 1e6} MB: one copy of the data per module format, plus the files`, () => {
  expect(pack.unpackedSize).toBeLessThanOrEqual(MAX_UNPACKED);
  expect(pack.size).toBeLessThan(pack.unpackedSize / 3);
});

it('every path in `files` exists (CHANGELOG.md from the first release on)', () => {
  const paths = (pkg.files as string[]).filter((f) => !f.startsWith('!'));
  const missing = paths.filter((f) => !existsSync(`${root}/${f}`));
  expect(missing).toEqual(pkg.version === '0.0.0' ? ['CHANGELOG.md'] : []);
  if (pkg.version !== '0.0.0') expect(files).toContain('CHANGELOG.md');
});

it('declares a files whitelist, no install scripts, no provenance setting, and zod as the only runtime dependency', () => {
  expect(Array.isArray(pkg.files)).toBe(true);
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'version', 'preversion', 'postversion'])
    expect(pkg.scripts?.[hook], hook).toBeUndefined();
  expect(Object.keys(pkg.dependencies ?? {})).toEqual(['zod']);
  // Provenance comes from CI (NPM_CONFIG_PROVENANCE in the release workflow): set in package.json, it
  // breaks `npm publish` everywhere else.
  expect(pkg.publishConfig).toEqual({ access: 'public' });
  // As `npm pkg fix` writes it: npm warns on every publish otherwise.
  expect(pkg.bin).toEqual({ 'china-security-risk-data': 'dist/cli.js' });
  expect(pkg.sideEffects).toBe(false);
  expect(pkg.engines?.node).toBe('>=20');
});

it('builds before every pack and publish (prepack), and says where the code and the issues are', () => {
  expect(pkg.scripts.prepack).toBe('npm run build');
  expect(pkg.scripts.build).toMatch(/\btsup\b/);
  const base = 'https://github.com/china-security-risk-data/china-security-risk-data';
  expect(pkg.repository).toEqual({ type: 'git', url: `git+${base}.git` });
  expect(pkg.homepage).toBe(`${base}#readme`);
  expect(pkg.bugs).toEqual({ url: `${base}/issues` });
});

it('finds the relative links of Markdown, and only those', () => {
  const sample = [
    '[a](docs/guides/naming.md) [b](./data/README.md#columns "title") ![c](../figures/x.svg)',
    '[d](https://example.org/x.md) [e](#install) <a href="CHANGELOG.md">g</a>',
    '[f]: LICENSE',
    '`[h](inline/code.md)`',
    '```md',
    '[i](fenced/code.md)',
    '```',
  ].join('\n');
  expect(relativeTargets(sample).sort()).toEqual(
    ['../figures/x.svg', './data/README.md', 'CHANGELOG.md', 'LICENSE', 'docs/guides/naming.md'].sort(),
  );
});

it('the shipped Markdown (README.md, data/README.md...) links to no path outside the package', () => {
  const markdown = files.filter((f) => f.endsWith('.md'));
  expect(markdown).toContain('README.md');
  expect(markdown).toContain('data/README.md');
  const broken = markdown.flatMap((file) =>
    relativeTargets(readFileSync(`${root}/${file}`, 'utf8'))
      .map((target) => ({ file, target, path: posix.normalize(posix.join(posix.dirname(file), target)) }))
      .filter(({ path }) => !files.includes(path) && !files.some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`)))
      .map(({ file, target }) => `${file}: ${target}`),
  );
  expect(broken).toEqual([]);
  // The README links to the guides, which are not shipped, by their address in the repository.
  expect(readFileSync(`${root}/README.md`, 'utf8')).toContain(
    '(https://github.com/china-security-risk-data/china-security-risk-data/blob/main/docs/guides/naming.md)',
  );
});
