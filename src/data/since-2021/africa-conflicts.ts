import type { MutableConflict } from '../../schemas/conflicts.js';

/** Where the sources on sub-Saharan Africa and the African members of FOCAC since September 2021 disagree. */
export const africaConflicts: MutableConflict[] = [
  {
    id: 'partnership-td-since',
    table: 'partnerships',
    record: 'td-3-5-2024',
    field: 'since',
    country: 'TD',
    answer: {
      basis: 'external',
      value: "2024-09-03: Xi Jinping's meeting with President Mahamat Idriss Déby Itno on the morning of 3 September",
      sources: [
        {
          source: 'chinaorg-2024-09-04-chad',
          excerpt:
            '新華社北京9月3日電…9月3日上午,國家主席習近平…會見…查德總統穆罕默德。兩國元首宣佈,將中乍關係提升為戰略夥伴關係。',
        },
      ],
    },
    other: {
      value: '2024-09-02: the Chadian outlet places the meeting on Monday 2 September',
      sources: [
        {
          source: 'alwihda-2024-09-chad',
          excerpt: 'Lundi 2 septembre, il a été reçu par son homologue chinois, Xi Jinping, au Grand Palais du Peuple.',
        },
      ],
    },
    note: "Xinhua's Chinese report, datelined 3 September, puts the meeting on the morning of that day, and the foreign ministry's English readout agrees; Alwihda Info, which also words the upgrade only as Xi's wish, may be counting from the delegation's arrival or another meeting. The record follows the Chinese reports.",
  },
  {
    id: 'partnership-ss-label',
    table: 'partnerships',
    record: 'ss-3-5-2024',
    field: 'label',
    country: 'SS',
    answer: {
      basis: 'external',
      value: 'strategic partnership (3.5), as the Chinese reports of the meeting name it',
      sources: [
        {
          source: 'cri-ja-2024-09-07-south-sudan',
          excerpt: '両首脳は、両国関係を戦略的パートナーシップに引き上げると宣言しました。',
        },
        {
          source: 'chinadaily-2024-09-06-south-sudan',
          excerpt: 'The two leaders jointly announced the elevation of bilateral relations to a strategic partnership.',
        },
      ],
    },
    other: {
      value: 'comprehensive strategic partnership (3.3), as South Sudanese reports name it',
      sources: [
        {
          source: 'jubamirror-2024-09-06-south-sudan',
          excerpt: 'The meeting focused on elevating their relationship to a “Comprehensive Strategic Partnership.”',
        },
        {
          source: 'sudantribune-2024-09-07-south-sudan',
          excerpt:
            '“The two countries are now comprehensive strategic partners”, a diplomat accompanying President Kiir told the Sudan Tribune',
        },
      ],
    },
    note: "The Chinese side's reports (CRI, Xinhua's text in China Daily) agree on a strategic partnership; the South Sudanese wording rests on an unnamed diplomat and on a preview of the meeting's aims. The record follows the Chinese reports, which name the level the two heads of state announced.",
  },
  {
    id: 'partnership-et-label',
    table: 'partnerships',
    record: 'et-off-2023',
    field: 'label',
    country: 'ET',
    answer: {
      basis: 'external',
      value:
        'all-weather strategic partnership (全天候战略伙伴关系), as the joint statement is reported by Xinhua and CGTN',
      sources: [
        {
          source: 'peoplecn-en-2023-10-17-ethiopia',
          excerpt:
            'China and Ethiopia have announced elevating the bilateral ties to an "all-weather strategic partnership," according to a joint statement.',
        },
        { source: 'cctv-2023-10-17-ethiopia', excerpt: '双方要以建立全天候战略伙伴关系为契机' },
      ],
    },
    other: {
      value: "all-weather strategic cooperation partnership, as the Ethiopian Prime Minister's Office worded it",
      sources: [
        {
          source: 'addisstandard-2023-10-17-ethiopia',
          excerpt:
            'the elevation of existing bilateral ties between the two countries to an “All Weather Strategic Cooperation Partnership”',
        },
      ],
    },
    note: "The Ethiopian wording adds 'cooperation', which would read as the name of level 2.1 (全天候战略合作伙伴关系, Pakistan's). The Chinese texts, including later restatements, say 全天候战略伙伴关系 without 合作, and the Chinese name decides the label.",
  },
];
