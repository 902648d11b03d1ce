/**
 * `fingerprint`: the SHA-256 fingerprint of the data (`dataset.fingerprint`), to pin in one's own tests.
 *
 * @internal
 */
import { dataset } from '../../tables/dataset.js';
import type { Command } from '../command.js';
import { BIN } from '../errors.js';
import { json } from '../format.js';

/** What `fingerprint --json` prints. */
export interface FingerprintJson {
  /** `dataset.fingerprint`: 64 lowercase hex digits. */
  readonly fingerprint: string;
  /** `dataset.dataVersion`: the version of the package the data ships in. */
  readonly dataVersion: string;
}

export const fingerprint: Command = {
  args: [],
  options: ['json'],
  help: `Usage: ${BIN} fingerprint [--json]

The SHA-256 fingerprint of the data (dataset.fingerprint) and the data version: pin it in your own tests.
`,
  run(_args, values) {
    const answer: FingerprintJson = { fingerprint: dataset.fingerprint, dataVersion: dataset.dataVersion };
    return values.json ? json(answer) : `${dataset.fingerprint}\n`;
  },
};
