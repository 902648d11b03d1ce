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
];
