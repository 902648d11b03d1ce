import { COPY_HOSTS } from '../../data/copy-hosts.js';
import { type Rule, rows } from '../rule.js';

/** The host of an address, lower-cased, or `undefined` for no address. */
function hostOf(url: unknown): string | undefined {
  return typeof url === 'string' ? new URL(url).host.toLowerCase() : undefined;
}

/** No source's address is a copy: it is on its publisher's own site. */
export const sourceHosts = {
  name: 'source-hosts',
  description:
    "No source's `url` is on a host that is not its publisher's own (content farms, reposts on unrelated domains, mirrors, bare IP addresses: src/data/copy-hosts.ts); a copy is only ever `readAt`.",
  check(tables, report) {
    for (const s of rows(tables, 'sources')) {
      const host = hostOf(s.url);
      if (host === undefined) continue;
      if (COPY_HOSTS.has(host) || /^\d+(?:\.\d+){3}(?::\d+)?$/.test(host)) {
        report(
          'sources',
          s.id as string,
          'url',
          `${host} is not its publisher's own site: cite the publisher's page, or give the copy as readAt`,
        );
      }
    }
  },
} as const satisfies Rule;
