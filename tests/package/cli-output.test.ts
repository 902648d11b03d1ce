/**
 * The CLI's output when it cannot be written: a full disk (exit 1, one line on stderr) and a closed pipe
 * (exit 0 quietly, as for `| head`, unless the command itself failed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, built, cli, root } from './cli-helpers.js';

describe.runIf(built && existsSync('/dev/full'))('CLI output that cannot be written', () => {
  it('a full disk (> /dev/full): exit 1, one line on stderr, no stack trace', () => {
    for (const args of [['export', 'sources'], ['fingerprint'], ['watch', '--json']]) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
        expect(r.status, args.join(' ')).toBe(1);
        expect(r.stderr, args.join(' ')).toBe(
          `${BIN}: cannot write the output: ENOSPC: no space left on device, write\n`,
        );
      } finally {
        closeSync(full);
      }
    }
  });
});

describe.runIf(built)('CLI writing to a closed pipe', () => {
  it('a reader that has gone (its end of the pipe closed): exit 0 quietly, as for | head', async () => {
    const child = spawn(process.execPath, [cli, 'export', 'treaties'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it.runIf(existsSync('/bin/bash'))('| head -1 under pipefail: the first line, nothing on stderr, exit 0', () => {
    // data/treaties.json is larger than a pipe holds, so the writer meets EPIPE once head has exited.
    expect(statSync(`${root}data/treaties.json`).size).toBeGreaterThan(128 * 1024);
    const script = 'set -o pipefail; "$0" "$1" export treaties | head -1';
    const r = spawnSync('/bin/bash', ['-c', script, process.execPath, cli], { encoding: 'utf8' });
    expect({ out: r.stdout, err: r.stderr, code: r.status }).toEqual({ out: '[\n', err: '', code: 0 });
  });

  it('an error of the command itself keeps its exit code when the pipe is closed', async () => {
    const child = spawn(process.execPath, [cli, 'tier', 'Atlantis'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(1);
  });
});
