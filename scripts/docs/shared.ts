/**
 * What the docs scripts share: the repository's paths, and the data loaded from the working tree's
 * sources (`src/index.ts`) the way the tests load it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Generated figures (SVG); TypeDoc copies the ones the guides link to into `docs/api/media/`. */
export const FIGURES_DIR = join(ROOT, 'docs', 'figures');
/** Guides, hand-written and generated, that TypeDoc renders as project documents. */
export const GUIDES_DIR = join(ROOT, 'docs', 'guides');
/** The built TypeDoc site. */
export const SITE_DIR = join(ROOT, 'docs', 'api');

/** The package version, as tsup and vitest inject it into `dataset`. */
export function packageVersion(root = ROOT): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * `src/tables/dataset.ts` reads the build-time constant `__PACKAGE_VERSION__`, which tsup and vitest
 * define; scripts run by tsx must define it before the tables load.
 */
export function definePackageVersion(version = packageVersion()): void {
  const g = globalThis as { __PACKAGE_VERSION__?: string };
  g.__PACKAGE_VERSION__ ??= version;
}

/** The main entry, loaded from the working tree. */
export async function loadData(): Promise<typeof import('../../src/index.js')> {
  definePackageVersion();
  return import('../../src/index.js');
}

/** Writes a file, creating its folder, and says so on stdout. */
export function writeOut(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path.slice(ROOT.length)} (${Buffer.byteLength(text)} bytes)`);
}

/** Escapes text for XML (SVG) content and attribute values. */
export function xml(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
