/**
 * The published package: a whitelist of files, no install scripts, zod the only runtime dependency, a
 * build before every pack, where the package's code lives, and Markdown whose links work where the package
 * is read without its repository (the npm page, node_modules).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
  files?: unknown;
  scripts: Record<string, string | undefined>;
  dependencies?: Record<string, string>;
  publishConfig?: { provenance?: boolean };
  sideEffects?: unknown;
  engines?: { node?: string };
  repository?: unknown;
  homepage?: string;
  bugs?: unknown;
};

/** The files `npm pack` puts in the tarball (listed without building: the tests run after the build). */
const files: string[] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
)[0].files.map((f: { path: string }) => f.path);

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

it('npm pack holds the built entries, sources, data files and docs, and nothing of the workshop', () => {
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
    'src/index.ts',
  ]) {
    expect(files, needed).toContain(needed);
  }
  const forbidden = files.filter(
    (f) =>
      /^(tests|scripts|bench|examples|node_modules|\.ci|\.changeset|\.github|docs|coverage)\//.test(f) ||
      /\.tgz$|\.env|metafile/.test(f),
  );
  expect(forbidden).toEqual([]);
});

it('declares a files whitelist, no install scripts, provenance, and zod as the only runtime dependency', () => {
  expect(Array.isArray(pkg.files)).toBe(true);
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
    expect(pkg.scripts?.[hook], hook).toBeUndefined();
  expect(Object.keys(pkg.dependencies ?? {})).toEqual(['zod']);
  expect(pkg.publishConfig?.provenance).toBe(true);
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
