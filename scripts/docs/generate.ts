/**
 * Generates everything the TypeDoc site needs besides the sources: the Codebook and Provenance guides
 * and the figures. `npm run docs` runs it before TypeDoc; each part also runs alone
 * (`tsx scripts/docs/codebook.ts`, `provenance.ts`, `figures/index.ts`).
 */
import { join } from 'node:path';
import { codebook } from './codebook.js';
import { figures } from './figures/index.js';
import { provenance } from './provenance.js';
import { FIGURES_DIR, GUIDES_DIR, writeOut } from './shared.js';

writeOut(join(GUIDES_DIR, 'codebook.md'), await codebook());
writeOut(join(GUIDES_DIR, 'provenance.md'), await provenance());
for (const [name, svg] of Object.entries(await figures())) writeOut(join(FIGURES_DIR, name), svg);
