import type { LanguageWords } from './language-words';

export const french: LanguageWords = {
  name: 'French',
  seconds: ['secondes', 'seconde', 'sec\\.?', 's'],
  minutes: ['minutes', 'minute', 'min\\.?'],
  fractions: { tenth: ['dixièmes?'], hundredth: ['centièmes?'], thousandth: ['millièmes?'] },
  ofASecond: ['de seconde'],
  counts: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  ordinals: { premier: 1, 'première': 1, 'deuxième': 2, second: 2, seconde: 2, 'troisième': 3, 'quatrième': 4, 'cinquième': 5, 'sixième': 6, 'septième': 7, 'huitième': 8, 'neuvième': 9, 'dixième': 10 },
  placeNouns: ['place', 'position', 'rang', 'temps', 'places', 'positions'],
  // "le tour le plus rapide": the fastest lap, its adjective after the noun.
  bestTime: ['meilleur temps', 'meilleur chrono', 'tour le plus rapide'],
  fastest: ['le plus rapide', 'la plus rapide'],
  rowWords: ['ligne'],
  placeVerbs: ['est', 'était', 'sera', 'partira', 'part', 'termine', 'terminé', 'fini', 'a', 'signé'],
  // "cinquième car …": a clause giving a reason or a contrast may follow a place, as "because" does in English.
  afterWords: ['et', 'en', 'avec', 'devant', 'derrière', 'à', 'pour', 'sur', 'car', 'puisque', 'alors que', 'tandis que', 'malgré'],
  halfSecond: ['une demi-seconde', 'demi-seconde'],
  gapAfter: ['plus rapide', 'plus lent', 'derrière', 'devant', "d'avance", 'd’avance', 'de retard', "d'écart", 'd’écart', 'de moins', 'de plus', 'de mieux'],
  gapBefore: ['à', 'de', 'par', 'avec', 'seulement', 'écart de', 'avance de', 'retard de'],
  ahead: ['plus rapide', 'devant', 'avance', 'battant', 'battu', 'bat', 'devançant', 'devance', 'mieux'],
  behind: ['plus lent', 'derrière', 'retard', 'à', 'concédant', 'concède', 'perdu', 'perd'],
};
