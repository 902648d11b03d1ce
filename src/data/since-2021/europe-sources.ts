import type { Source } from '../../schemas/sources.js';

/** External sources first cited by the records of Europe (with the Caucasus) since September 2021: one record per address. */
export const europeSources: Source[] = [
  {
    id: 'peoplecn-en-2024-05-08-serbia',
    kind: 'news',
    publisherType: 'state-media',
    title: 'Xi, Vucic sign joint statement on building China-Serbia community with shared future',
    url: 'http://en.people.cn/n3/2024/0508/c90000-20166775.html',
    publisher: "People's Daily Online (Xinhua)",
    published: '2024-05-08',
    language: 'en',
    consulted: '2026-12-07',
    excerptsChecked: true,
  },
  {
    id: 'mfars-2024-05-08-serbia-statement',
    kind: 'official',
    publisherType: 'government',
    title: "Joint Statement of the President of the Republic of Serbia and the President of the People's Republic of China",
    url: 'https://mfa.rs/en/press-service/statements/joint-statement-president-republic-serbia-and-president-people-s-republic-china',
    publisher: 'Ministry of Foreign Affairs of the Republic of Serbia',
    published: '2024-05-08',
    language: 'en',
    consulted: '2026-12-07',
    excerptsChecked: true,
  },
];
