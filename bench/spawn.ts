/**
 * Runs node commands in fresh processes, interleaved in a rotating order, and reports what each costs
 * above a bare `node` process run in the same rounds: wall time, CPU time (user + system, read by the child
 * at its end, so other processes on the machine weigh less on it) and peak resident memory.
 */
import { spawnSync } from 'node:child_process';

/** A command: the arguments after `node`; its script must end by calling `REPORT`. */
export type Variant = readonly string[];

/** Appended to every script: the child writes its CPU time and peak memory to stderr. */
export const REPORT =
  ';{const u=process.cpuUsage();process.stderr.write(JSON.stringify({cpu:(u.user+u.system)/1000,rss:process.resourceUsage().maxRSS}))}';

/** An ES module script for `node --input-type=module -e`. */
export const esm = (code: string): Variant => ['--input-type=module', '-e', `${code}${REPORT}`];
/** A CommonJS script for `node -e`. */
export const cjs = (code: string): Variant => ['-e', `${code}${REPORT}`];

/** The bare process every cost is measured above. */
export const BARE: Variant = esm('');

/** Median, minimum and maximum of a sample. */
export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return { median: s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2, min: s[0]!, max: s.at(-1)! };
}

/**
 * What a variant costs above the bare process: the median of its figures minus the median of the bare
 * process's figures over the same rounds (a difference of medians, steadier than a median of per-round
 * differences, where the bare process's own noise is counted twice), and the same for the fastest round.
 */
export interface Above {
  readonly median: number;
  readonly best: number;
}

/** What a variant costs above the bare process: wall and CPU milliseconds, peak memory in MiB. */
export interface Cost {
  readonly wall: Above;
  readonly cpu: Above;
  readonly rss: Above;
  /** The bare process's own peak memory (MiB), median. */
  readonly bareRss: number;
}

const above = (xs: readonly number[], bare: readonly number[]): Above => {
  const v = stats(xs);
  const b = stats(bare);
  return { median: v.median - b.median, best: v.min - b.min };
};

/**
 * Runs every variant `runs` times (plus two warm-up rounds, dropped), each round in a rotated order with
 * the bare process among them.
 */
export function measure(variants: ReadonlyMap<string, Variant>, runs: number, cwd: string): Map<string, Cost> {
  const all = new Map<string, Variant>([['(bare node)', BARE], ...variants]);
  const names = [...all.keys()];
  const samples = new Map(names.map((n) => [n, { wall: [] as number[], cpu: [] as number[], rss: [] as number[] }]));
  for (let round = 0; round < runs + 2; round++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(round + j) % names.length]!;
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, all.get(name)!, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
      const { cpu, rss } = JSON.parse(child.stderr.slice(child.stderr.lastIndexOf('{'))) as {
        cpu: number;
        rss: number;
      };
      if (round < 2) continue;
      const s = samples.get(name)!;
      s.wall.push(wall);
      s.cpu.push(cpu);
      s.rss.push(rss / 1024);
    }
  }
  const bare = samples.get('(bare node)')!;
  return new Map(
    [...variants.keys()].map((n) => {
      const s = samples.get(n)!;
      const cost: Cost = {
        wall: above(s.wall, bare.wall),
        cpu: above(s.cpu, bare.cpu),
        rss: above(s.rss, bare.rss),
        bareRss: stats(bare.rss).median,
      };
      return [n, cost];
    }),
  );
}
