import { compoundCounts } from './compound-counts';
import type { LanguageWords } from './language-words';

export const german: LanguageWords = {
  name: 'German',
  seconds: ['sekunden', 'sekunde', 'sek\\.?'],
  minutes: ['minuten', 'minute', 'min\\.?'],
  fractions: {
    tenth: ['zehntel(?:sekunden?)?'],
    hundredth: ['hundertstel(?:sekunden?)?'],
    thousandth: ['tausendstel(?:sekunden?)?'],
  },
  ofASecond: ['einer sekunde'],
  counts: {
    ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, eins: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10,
    ...compoundCounts(
      ['elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'],
      ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'],
      ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
      // "einundzwanzig", "vierundachtzig"
      (unit, ten) => [`${unit}und${ten}`],
    ),
  },
  ordinals: { erster: 1, erste: 1, ersten: 1, erstes: 1, zweiter: 2, zweite: 2, zweiten: 2, zweites: 2, dritter: 3, dritte: 3, dritten: 3, drittes: 3, vierter: 4, vierte: 4, vierten: 4, 'fünfter': 5, 'fünfte': 5, 'fünften': 5, sechster: 6, sechste: 6, sechsten: 6, siebter: 7, siebte: 7, siebten: 7, achter: 8, achte: 8, achten: 8, neunter: 9, neunte: 9, neunten: 9, zehnter: 10, zehnte: 10, zehnten: 10 },
  placeNouns: ['platz', 'plätze', 'plätzen', 'rang', 'position', 'positionen', 'startplatz', 'startposition', 'startreihe'],
  bestTime: ['schnellste Zeit', 'schnellste Runde', 'Bestzeit', 'schnellste Rundenzeit', 'beste Startposition', 'besten Startplatz'],
  rowWords: ['reihe', 'startreihe'],
  placeVerbs: ['wird', 'wurde', 'ist', 'war', 'wäre', 'landet', 'landete', 'fährt', 'fuhr', 'belegt', 'belegte', 'erreicht', 'erreichte', 'startet'],
  afterWords: ['und', 'in', 'im', 'mit', 'vor', 'hinter', 'hinter', 'dahinter', 'auf', 'nach'],
  halfSecond: ['(?:eine |einer )?halbe(?:n)? sekunde'],
  gapAfter: ['schneller', 'langsamer', 'rückstand', 'vorsprung', 'dahinter', 'hinter', 'vor', 'zurück', 'abstand', 'differenz'],
  gapBefore: ['mit', 'um', 'rückstand von', 'vorsprung von', 'abstand von', 'nur', 'knapp'],
  ahead: ['schneller', 'vorsprung', 'vor', 'besser', 'geschlagen', 'schlug', 'distanzierte'],
  behind: ['langsamer', 'rückstand', 'hinter', 'dahinter', 'zurück', 'fehlten', 'fehlen', 'verlor'],
};
