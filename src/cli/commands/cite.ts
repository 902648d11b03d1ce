/**
 * `cite [--format text|bibtex]`: how to cite this dataset.
 *
 * @internal
 */
import { cite as citeDataset } from '../../helpers/cite.js';
import { formatValue } from '../../lib/format.js';
import type { Command } from '../command.js';
import { BIN } from '../errors.js';
import { UsageError } from '../errors.js';
import { json } from '../format.js';

/** What `cite --json` prints. */
export interface CiteJson {
  /** `text` or `bibtex`, as `--format` asked (default `text`). */
  readonly format: 'text' | 'bibtex';
  /** The reference in that format, ending with a newline. */
  readonly citation: string;
}

export const cite: Command = {
  args: [],
  options: ['format', 'json'],
  help: `Usage: ${BIN} cite [--format text|bibtex] [--json]

How to cite this dataset: the package at its version, and MERICS as the origin of the tracker's
statements. --format bibtex prints two BibTeX entries.
`,
  run(_args, values) {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'bibtex') {
      throw new UsageError(`--format: expected text or bibtex, got ${formatValue(format)}`);
    }
    const citation = citeDataset({ format });
    return values.json ? json({ format, citation } satisfies CiteJson) : citation;
  },
};
