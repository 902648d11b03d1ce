import type { MutableCommunity } from '../../schemas/communities.js';

/** Statements about a community with a shared future with the Americas. */
export const americasCommunities: MutableCommunity[] = [
  {
    id: 'jm-community-2022',
    country: 'JM',
    label: { en: 'China-Jamaica community of a shared future in the new era' },
    step: 'proposed',
    date: {
      value: '2022-11-21',
      precision: 'day',
      derived:
        'The dateline "Nov. 21" and "on Monday" (21 November 2022) of the Xinhua report on China Military Online of 22 November 2022.',
    },
    basis: 'external',
    sources: [
      {
        source: 'chinamil-2022-11-22-jamaica',
        excerpt:
          'BEIJING, Nov. 21 (Xinhua) -- Chinese President Xi Jinping on Monday exchanged congratulatory messages with Governor-General of Jamaica Patrick Allen',
      },
      {
        source: 'chinamil-2022-11-22-jamaica',
        excerpt: 'work together to build a China-Jamaica community of a shared future in the new era.',
      },
    ],
    note: "Xi Jinping's message on the 50th anniversary of diplomatic relations: a call from one side, not a joint declaration (Governor-General Patrick Allen's reply speaks of the strategic partnership). No Chinese text of the name was found.",
  },
  {
    id: 'cu-community-2022',
    country: 'CU',
    label: { en: 'China-Cuba community with a shared future' },
    step: 'agreed',
    date: { value: '2022-11-25', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'cri-es-2022-11-26-cuba',
        excerpt:
          'CRI 2022-11-26 … El 25 de noviembre, el secretario general del Comité Central del Partido Comunista de China y presidente de China, Xi Jinping, sostuvo conversaciones con Miguel Díaz-Canel Bermúdez',
      },
      {
        source: 'cri-es-2022-11-26-cuba',
        excerpt:
          'trabajar conjuntamente para construir una comunidad de futuro compartido para la humanidad en el proceso de promoción de la construcción de una comunidad de futuro compartido chino-cubana',
      },
      {
        source: 'cri-es-2022-11-26-cuba',
        excerpt:
          'La comunidad de futuro compartido entre China y Cuba es la primera comunidad de futuro compartido construida por China y los países de América Latina y el Caribe',
      },
      {
        source: 'prensalatina-2022-11-29-cuba',
        excerpt:
          'la visita de Díaz-Canel a China, del 24 al 26 de noviembre pasados, permitió alcanzar consensos para construir la primera comunidad de futuro compartido entre ambas naciones',
      },
    ],
    note: "Talks of Xi Jinping and Miguel Díaz-Canel in Beijing during Díaz-Canel's state visit (24 to 26 November 2022), which also produced a joint statement on deepening China–Cuba relations in the new era. Recorded as agreed on the Chinese ambassador's account that the visit reached a consensus to build the community, the first with a Latin American or Caribbean country; the joint statement itself was not checked for the phrase. No Chinese text of the name was found in a 2022 source.",
  },
  {
    id: 'bb-community-2023',
    country: 'BB',
    label: { en: 'closer China-Barbados community with a shared future' },
    step: 'proposed',
    date: { value: '2023-06-27', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'cidca-2023-06-28-barbados',
        excerpt:
          'On the afternoon of June 27, 2023, President Xi Jinping met … with Prime Minister of Barbados Mia Amor Mottley',
      },
      {
        source: 'cidca-2023-06-28-barbados',
        excerpt: 'to work with China to build a closer China-Barbados community with a shared future.',
      },
    ],
    note: "Xi Jinping's words when he met Prime Minister Mia Amor Mottley in Beijing, as the foreign ministry's readout gives them: a call from one side, which Mottley's reply does not repeat. No Chinese text of the name was found.",
  },
  {
    id: 'gy-community-2023',
    country: 'GY',
    label: { en: 'more close-knit China-Guyana community with a shared future' },
    step: 'proposed',
    date: {
      value: '2023-07-28',
      precision: 'day',
      derived:
        'The dateline "July 28" and "on Friday" (28 July 2023) of the Xinhua report on People\'s Daily Online of 28 July 2023.',
    },
    basis: 'external',
    sources: [
      {
        source: 'peopledaily-en-2023-07-28-guyana',
        excerpt:
          'CHENGDU, July 28 (Xinhua) -- Chinese President Xi Jinping on Friday met with Guyanese President Irfaan Ali in Chengdu',
      },
      {
        source: 'peopledaily-en-2023-07-28-guyana',
        excerpt: 'Xi urged the building of a more close-knit China-Guyana community with a shared future.',
      },
    ],
    note: "Xi Jinping's call when he met President Irfaan Ali in Chengdu: one side's words, not a joint declaration. No Chinese text of the name was found.",
  },
  {
    id: 'br-community-2024',
    country: 'BR',
    label: { en: 'China-Brazil community with a shared future for a more just world and a more sustainable planet' },
    step: 'agreed',
    date: {
      value: '2024-11-20',
      precision: 'day',
      derived:
        'From "Na manhã de 20 de novembro" in a People\'s Daily Online (Portuguese) page published on 22 November 2024, on Xi Jinping\'s state visit to Brazil that month.',
    },
    basis: 'external',
    sources: [
      {
        source: 'people-pt-2024-11-22-brazil',
        excerpt:
          'Na manhã de 20 de novembro, no horário local, as relações entre a China e o Brasil atingiram um marco histórico.',
      },
      {
        source: 'people-pt-2024-11-22-brazil',
        excerpt:
          'elevou a posição das relações bilaterais, estabelecendo uma "comunidade de futuro compartilhado China-Brasil" para construir um mundo mais justo e sustentável.',
      },
      {
        source: 'shine-2025-05-14-brazil',
        excerpt:
          'announced the elevation of bilateral relations to a China-Brazil community with a shared future for a more just world and a more sustainable planet.',
      },
    ],
    note: "Talks of Xi Jinping and Luiz Inácio Lula da Silva at the Alvorada Palace in Brasília, with a joint statement whose first point raises the relationship's positioning to this community. No new partnership name came with it: the statement mentions the comprehensive strategic partnership of 2012 (br-3-3-2012) only as history. The Chinese title of the joint statement was read only on copies of Xinhua's text, so the name is given in English.",
  },
  {
    id: 'cu-community-2025',
    country: 'CU',
    label: { zh: '更加紧密的中古命运共同体', en: 'closer China-Cuba community with a shared future' },
    step: 'deepened',
    date: { value: '2025-09-04', precision: 'day' },
    basis: 'external',
    sources: [
      {
        source: 'almayadeen-es-2025-09-cuba',
        excerpt:
          'Declaración Conjunta entre la República de #Cuba … y la República Popular #China … sobre la aceleración de la construcción de una Comunidad de Futuro Compartido entre Cuba y China. — Cancillería de Cuba (@CubaMINREX) September 4, 2025',
      },
      {
        source: 'abc-py-2025-09-04-cuba',
        excerpt: 'a través de la aceleración de la construcción de una "Comunidad de Futuro Compartido Cuba-China"',
      },
      {
        source: 'radiojuvenil-2025-09-04-cuba',
        excerpt:
          'Xi Jinping destacó que en los últimos años, la comunidad de futuro compartido China-Cuba se ha vuelto cada vez más profunda y sólida',
      },
      { source: 'mingpao-2025-09-28-cuba', excerpt: '二人再次會晤,就構建更加緊密的中古命運共同體達成重要共識。' },
    ],
    note: "Meeting of Xi Jinping and Miguel Díaz-Canel in Beijing, where Díaz-Canel attended the commemoration of 3 September 2025, and joint declaration on accelerating the building of the community. The Chinese name is from Xi's message on the 65th anniversary of relations (28 September 2025), which recalls the consensus of this meeting; Ming Pao's traditional characters converted one to one. Cuba has no partnership name with China.",
  },
];
