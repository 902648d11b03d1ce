import { z } from 'zod';
import { QUALIFIER_CODES, QUALIFIER_WORDS } from '../lib/qualifiers.js';

/** A qualifier of a partnership's name, by code (see the codebook's table of qualifiers). */
export const QualifierSchema = z
  .enum(QUALIFIER_CODES)
  .describe(
    `A qualifier written onto a partnership's name: ${QUALIFIER_WORDS.map((q) => `\`${q.code}\` (${q.zh.join(', ')})`).join('; ')}.`,
  );

export type { Qualifier } from '../lib/qualifiers.js';
