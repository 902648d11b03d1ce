/**
 * The Debian packages `npm run docs:check` needs, installed where missing the way `.ci/run` installs
 * chromium (`apt-get install -y --no-install-recommends`, through sudo when not root): `chromium`, unless
 * `$CHROMIUM` names another browser, and `fonts-noto-cjk`, without which every Chinese label of the
 * figures renders as empty boxes. A machine that already has a Chinese font (`fc-list :lang=zh` finds
 * one) installs nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs a command with its output on the console; throws if it fails. */
function run(command: string, args: string[]): void {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

/** Installs Debian packages with apt-get, through sudo when not root. */
export function aptInstall(packages: string[]): void {
  const [command, prefix] = process.getuid?.() === 0 ? ['apt-get', []] : ['sudo', ['apt-get']];
  run(command, [...prefix, 'update']);
  run(command, [...prefix, 'install', '-y', '--no-install-recommends', ...packages]);
}

/** The families fontconfig has for Chinese (`fc-list :lang=zh family`); none where fc-list is missing. */
export function chineseFonts(): string[] {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return [];
  return [...new Set(result.stdout.split('\n').filter((line) => line.trim()))].sort();
}

/** Installs what the check needs where it is missing: the browser at `executablePath`, a Chinese font. */
export function ensureSystemPackages(executablePath: string): void {
  const missing = [
    ...(existsSync(executablePath) || process.env.CHROMIUM ? [] : ['chromium']),
    ...(chineseFonts().length ? [] : ['fonts-noto-cjk']),
  ];
  if (missing.length === 0) return;
  console.log(`Installing ${missing.join(', ')} (Debian packages the check needs)`);
  aptInstall(missing);
  // The browser check decides whether the Chinese labels render; this only says what fontconfig sees.
  if (missing.includes('fonts-noto-cjk') && chineseFonts().length === 0)
    console.log('fonts-noto-cjk installed, but fc-list :lang=zh still finds no Chinese font');
}
