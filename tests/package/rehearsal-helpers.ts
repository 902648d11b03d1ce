/**
 * What the release rehearsal (release-rehearsal.test.ts) uses: a real npm registry (Verdaccio, from the
 * devDependencies) on 127.0.0.1 with a user and zod in it, commands run as a maintainer runs them, and the
 * two data changes the rehearsal releases, made the way docs/guides/corrections.md says (the record changed
 * in place under its id, a source added and cited, a changeset).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A registry started for the rehearsal. */
export interface Registry {
  readonly url: string;
  /** An npm user config naming the registry and holding the user's token, as `npm login` leaves one. */
  readonly userconfig: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}): ${log()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`verdaccio did not answer in 30 s: ${log()}`);
}

/** Starts Verdaccio in `dir` with no uplink (nothing leaves the machine), adds a user and publishes zod to it. */
export async function startRegistry(dir: string): Promise<Registry> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    [
      `storage: ${join(dir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(dir, 'htpasswd')}`,
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      'log: { type: stdout, format: pretty, level: warn }',
      'web: { enable: false }',
      '',
    ].join('\n'),
  );
  let output = '';
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/verdaccio/bin/verdaccio'), '--config', config, '--listen', `127.0.0.1:${port}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  try {
    await waitFor(url, child, () => output.slice(-2000));
    const response = await fetch(`${url}-/user/org.couchdb.user:maintainer`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'maintainer', password: 'rehearsal-only' }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!token) throw new Error(`no token from verdaccio (${response.status})`);
    const userconfig = join(dir, 'npmrc');
    writeFileSync(userconfig, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    // zod, the package's one dependency, as the consumers will install it from this registry.
    const zod = join(dir, 'zod');
    cpSync(join(root, 'node_modules/zod'), zod, { recursive: true });
    await run('npm', ['publish', '--ignore-scripts'], zod, env(userconfig));
    return { url, userconfig, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * The environment of a maintainer's shell: without the npm variables of the running test, with the
 * registry's user config, a fixed author for git, and the day of the release (`SOURCE_DATE_EPOCH`).
 */
export function env(userconfig: string, day?: string): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...clean,
    NPM_CONFIG_USERCONFIG: userconfig,
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    GIT_AUTHOR_NAME: 'Rehearsal',
    GIT_AUTHOR_EMAIL: 'rehearsal@example.org',
    GIT_COMMITTER_NAME: 'Rehearsal',
    GIT_COMMITTER_EMAIL: 'rehearsal@example.org',
    ...(day ? { SOURCE_DATE_EPOCH: String(Date.parse(`${day}T12:00:00Z`) / 1000) } : {}),
  };
}

/** Runs a command; its output, or an Error carrying the command, its output and its exit code. */
export async function run(
  command: string,
  args: readonly string[],
  cwd: string,
  environment: NodeJS.ProcessEnv,
): Promise<string> {
  try {
    const { stdout, stderr } = await exec(command, [...args], { cwd, env: environment, maxBuffer: 64 * 2 ** 20 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    throw Object.assign(
      new Error(`${command} ${args.join(' ')} failed (${e.code}) in ${cwd}:\n${output.slice(-4000)}`),
      {
        code: e.code,
        output,
      },
    );
  }
}

/** The id of the source the rehearsal's addition adds. */
export const ADDED_SOURCE = 'rehearsal-canada-suspension-report';
const CANADA_REPORT = 'dailyhive-2020-07-03-canada-suspends-hk-treaty';

/** Writes a changeset for this package. */
export function changeset(dir: string, name: string, bump: string, text: string): void {
  writeFileSync(join(dir, '.changeset', `${name}.md`), `---\n"china-security-risk-data": ${bump}\n---\n\n${text}\n`);
}

/**
 * The correction: Canada's suspension of its Hong Kong agreement (`hk-ca`) dated to the month its cited
 * report states, `2020-07`, rather than the day. The record keeps its id; the change is made in the
 * records, after the list, so that it finds the step whatever the list around it holds.
 */
export function correct(dir: string): void {
  appendFileSync(
    join(dir, 'src/data/treaties.ts'),
    [
      '',
      '// Rehearsal correction: the Canadian suspension of hk-ca, to the month its source states.',
      "const canada = treaties.find((t) => t.id === 'hk-ca')?.steps.find((s) => s.action === 'suspended' && s.by?.country === 'CA');",
      "if (!canada) throw new Error('rehearsal: the Canadian suspension of hk-ca is gone');",
      "(canada as { date: unknown }).date = { value: '2020-07', precision: 'month' };",
      '',
    ].join('\n'),
  );
  changeset(
    dir,
    'hk-ca-suspension-month',
    'patch',
    "Canada's suspension of its Hong Kong agreement (`hk-ca`) is dated to the month, July 2020.",
  );
}

/** The addition: one source, a copy of Canada's report at another address, cited by `hk-ca`'s status. */
export function add(dir: string): void {
  appendFileSync(
    join(dir, 'src/data/sources/treaties.ts'),
    [
      '',
      '// Rehearsal addition: one source.',
      `const report = treatySources.find((s) => s.id === '${CANADA_REPORT}');`,
      "if (!report) throw new Error('rehearsal: the source to copy is gone');",
      `treatySources.push({ ...report, id: '${ADDED_SOURCE}', url: \`\${report.url}?rehearsal=1\` });`,
      '',
    ].join('\n'),
  );
  appendFileSync(
    join(dir, 'src/data/treaties.ts'),
    [
      '',
      '// Rehearsal addition: hk-ca cites the added source.',
      "const hkCa = treaties.find((t) => t.id === 'hk-ca');",
      `const cited = hkCa?.statusSources.find((c) => c.source === '${CANADA_REPORT}');`,
      "if (!hkCa || !cited) throw new Error('rehearsal: the citation to copy is gone');",
      `(hkCa.statusSources as unknown[]).push({ ...cited, source: '${ADDED_SOURCE}' });`,
      '',
    ].join('\n'),
  );
  changeset(
    dir,
    'canada-report',
    'minor',
    `A second report of Canada's suspension (\`${ADDED_SOURCE}\`), cited by \`hk-ca\`.`,
  );
}

/** A version with one part raised, the parts after it reset. */
export function bump(version: string, part: 'major' | 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (part === 'major') return `${major + 1}.0.0`;
  return part === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/**
 * The versions the rehearsal makes: the base (the tree's pending changesets versioned by their largest
 * bump, or the version the tree holds when none is pending), then a patch and a minor after it.
 */
export function plan(root: string): { base: string; versioned: boolean; patch: string; minor: string } {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const bumps = readdirSync(join(root, '.changeset'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map(
      (f) =>
        /"china-security-risk-data":\s*(major|minor|patch)/.exec(
          readFileSync(join(root, '.changeset', f), 'utf8'),
        )?.[1],
    );
  const largest = (['major', 'minor', 'patch'] as const).find((b) => bumps.includes(b));
  const base = largest ? bump(version, largest) : version;
  return {
    base,
    versioned: largest !== undefined,
    patch: bump(base, 'patch'),
    minor: bump(bump(base, 'patch'), 'minor'),
  };
}
