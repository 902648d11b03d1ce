/**
 * The `@example` blocks of the TSDoc comments run, and say what the code returns: each block is run
 * (its imports of the package mapped to the sources), and a line `expression; // value` whose comment is
 * a plain value (`'3.3'`, `['MV', 'RO']`, `undefined`, `16`, `true`) is checked against the expression.
 * Comments that are prose, or abbreviate with "...", are left alone. Every value the main entry exports
 * has at least one example that imports it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import * as main from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

/** Import specifiers of the package, mapped to source files. */
function target(specifier: string): string | undefined {
  if (specifier === 'china-security-risk-data') return join(src, 'index.ts');
  if (specifier === 'china-security-risk-data/schemas') return join(src, 'schemas', 'index.ts');
  const sub = /^china-security-risk-data\/([a-z-]+)$/.exec(specifier)?.[1];
  return sub ? join(src, 'entries', `${sub}.ts`) : undefined;
}

interface Example {
  where: string;
  code: string;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'data') yield* files(join(dir, entry.name));
    } else if (entry.name.endsWith('.ts')) yield join(dir, entry.name);
  }
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const comment = block[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''));
      const at = comment.findIndex((l) => l.startsWith('@example'));
      if (at < 0) continue;
      const open = comment.findIndex((l, i) => i > at && l.startsWith('```'));
      const close = comment.findIndex((l, i) => i > open && l.startsWith('```'));
      if (open < 0 || close < 0) continue;
      const line = text.slice(0, block.index).split('\n').length;
      out.push({ where: `${relative(root, file)}:${line}`, code: comment.slice(open + 1, close).join('\n') });
    }
  }
  return out;
}

/** Whether a comment is a plain value to compare with, rather than prose. */
function plainValueOf(comment: string): string | undefined {
  if (/\.\.\.|…/.test(comment)) return undefined;
  if (!/^(['"[{\d-]|true\b|false\b|undefined\b|null\b)/.test(comment)) return undefined;
  try {
    new Function(`return (${comment});`);
    return comment;
  } catch {
    return undefined;
  }
}

/** One program that runs every example in its own function and reports, as JSON, what went wrong. */
function program(list: Example[]): { text: string; checks: number } {
  let checks = 0;
  const bodies = list.map((ex, i) => {
    const lines: string[] = [];
    for (const raw of ex.code.split('\n')) {
      const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?$/.exec(raw.trim());
      if (imp) {
        if (imp[1]) continue; // type-only imports: nothing to load
        const file = target(imp[3]!);
        if (!file) throw new Error(`${ex.where}: example imports ${imp[3]}`);
        const names = imp[2]!
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n && !n.startsWith('type '));
        lines.push(`const { ${names.join(', ')} } = await import(${JSON.stringify(file)});`);
        continue;
      }
      const check = /^(.+?);\s*\/\/\s*(.+)$/.exec(raw);
      const value = check ? plainValueOf(check[2]!.trim()) : undefined;
      if (check && value !== undefined && !/^(const|let|var|import)\b/.test(check[1]!.trim())) {
        checks++;
        lines.push(`check(${JSON.stringify(`${ex.where}: ${check[1]!.trim()}`)}, () => (${check[1]}), ${value});`);
      } else lines.push(raw);
    }
    return `async function example${i}() {\n${lines.join('\n')}\n}\ntry { await example${i}(); } catch (e) { failures.push(${JSON.stringify(ex.where)} + ': threw ' + (e instanceof Error ? e.message : String(e))); }`;
  });
  const text = [
    "import { isDeepStrictEqual } from 'node:util';",
    'const failures: string[] = [];',
    'const plain = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));',
    'function check(what: string, actual: () => unknown, expected: unknown) {',
    '  const got = plain(actual());',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of the generated check, not a template
    '  if (!isDeepStrictEqual(got, plain(expected))) failures.push(`${what}: got ${JSON.stringify(got)}, the comment says ${JSON.stringify(expected)}`);',
    '}',
    ...bodies,
    'console.log(JSON.stringify(failures));',
  ].join('\n');
  return { text, checks };
}

it('every @example runs and returns what its comments say', async () => {
  const list = examples();
  expect(list.length).toBeGreaterThan(25);
  const { text, checks } = program(list);
  expect(checks).toBeGreaterThan(30);
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'doc-examples-'));
  try {
    writeFileSync(join(dir, 'run.mts'), text);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(dir, 'run.mts')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('every value the main entry exports has an example that imports it', () => {
  const imported = new Set(
    examples().flatMap((ex) =>
      [...ex.code.matchAll(/^import\s+\{([^}]*)\}\s+from\s+'china-security-risk-data'/gm)].flatMap((m) =>
        m[1]!.split(',').map((n) => n.trim()),
      ),
    ),
  );
  expect(Object.keys(main).filter((name) => !imported.has(name))).toEqual([]);
});
