import { type Rule, rows } from '../rule.js';

/** No two sources share an address: one record per page, whether cited at its publisher's or read on a copy. */
export const sourceAddresses = {
  name: 'source-addresses',
  description:
    "No two sources share an address (`url`, or `readAt` for a text read on a copy): one record per page. (That every source but the tracker has one, well formed, is the schema's rule.)",
  check(tables, report) {
    const seen = new Map<string, string>();
    for (const s of rows(tables, 'sources')) {
      for (const field of ['url', 'readAt'] as const) {
        const address = s[field];
        if (typeof address !== 'string') continue;
        const id = s.id as string;
        const other = seen.get(address);
        if (other !== undefined) report('sources', id, field, `same address as ${other}`);
        else seen.set(address, id);
      }
    }
  },
} as const satisfies Rule;
