import type { LanguageWords } from './language-words';

export const french: LanguageWords = {
  name: 'French',
  seconds: ['secondes', 'seconde', 'sec\\.?', 's'],
  minutes: ['minutes', 'minute', 'min\\.?'],
  fractions: { tenth: ['dixièmes?'], hundredth: ['centièmes?'], thousandth: ['millièmes?'] },
  ofASecond: ['de seconde'],
  counts: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  halfSecond: ['une demi-seconde', 'demi-seconde'],
  gapAfter: ['plus rapide', 'plus lent', 'derrière', 'devant', "d'avance", 'd’avance', 'de retard', "d'écart", 'd’écart', 'de moins', 'de plus'],
  gapBefore: ['à', 'de', 'par', 'avec', 'seulement', 'écart de', 'avance de', 'retard de'],
  ahead: ['plus rapide', 'devant', 'avance', 'battant', 'battu', 'bat', 'devançant', 'devance', 'mieux'],
  behind: ['plus lent', 'derrière', 'retard', 'à', 'concédant', 'concède', 'perdu', 'perd'],
};
