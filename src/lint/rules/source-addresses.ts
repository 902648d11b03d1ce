import { type Rule, rows } from '../rule.js';

/** Every external source has an http(s) address of its own. */
export const sourceAddresses = {
  name: 'source-addresses',
  description:
    'Every source but the tracker has a well-formed http(s) address (or, read only on a copy, its `readAt`), and no two sources share one.',
  check(tables, report) {
    const urls = new Map<string, string>();
    for (const s of rows(tables, 'sources')) {
      if (s.kind === 'tracker') continue;
      const id = s.id as string;
      const url = s.url as string | undefined;
      if (url === undefined && typeof s.readAt === 'string') continue;
      if (!url || !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url))
        report('sources', id, 'url', 'an external source needs a well-formed http(s) address');
      else if (urls.has(url)) report('sources', id, 'url', `same address as ${urls.get(url)}`);
      else urls.set(url, id);
    }
  },
} as const satisfies Rule;
