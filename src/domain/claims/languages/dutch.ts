import { compoundCounts } from './compound-counts';
import type { LanguageWords } from './language-words';

export const dutch: LanguageWords = {
  name: 'Dutch',
  seconds: ['seconden', 'seconde', 'sec\\.?'],
  minutes: ['minuten', 'minuut', 'min\\.?'],
  fractions: { tenth: ['tienden?'], hundredth: ['honderdsten?'], thousandth: ['duizendsten?'] },
  ofASecond: ['van een seconde'],
  counts: {
    een: 1, 'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
    ...compoundCounts(
      ['elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'],
      ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'],
      ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
      // "eenentwintig", "tweeëntwintig", "vijfenzestig"
      (unit, ten) => [`${unit}en${ten}`, `${unit}ën${ten}`],
    ),
  },
  ordinals: { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10, elfde: 11, twaalfde: 12 },
  placeNouns: ['plaats', 'positie', 'plek', 'tijd', 'startplaats', 'startpositie', 'plaatsen', 'posities'],
  bestTime: ['snelste tijd', 'snelste rondetijd', 'beste startpositie'],
  fastest: ['de snelste'],
  rowWords: ['startrij', 'rij'],
  // "sneller dan de nummer drie Carlos Sainz": the one placed third.
  rankNouns: ['nummer'],
  placeVerbs: ['werd', 'is', 'was', 'eindigde', 'start', 'startte', 'reed', 'kwam', 'staat'],
  afterWords: ['en', 'in', 'op', 'met', 'voor', 'achter', 'na'],
  halfSecond: ['een halve seconde', 'halve seconde'],
  gapAfter: ['sneller', 'langzamer', 'trager', 'achter', 'voor', 'voorsprong', 'achterstand', 'verschil', 'tekort'],
  gapBefore: ['met', 'op', 'achterstand van', 'voorsprong van', 'verschil van', 'slechts', 'maar'],
  ahead: ['sneller', 'voor', 'voorsprong', 'beter', 'klopte', 'versloeg'],
  behind: ['langzamer', 'trager', 'achter', 'achterstand', 'tekort', 'verloor', 'toegeven'],
};
