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
    ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10,
  },
  halfSecond: ['(?:eine |einer )?halbe(?:n)? sekunde'],
  gapAfter: ['schneller', 'langsamer', 'rückstand', 'vorsprung', 'dahinter', 'hinter', 'vor', 'zurück', 'abstand', 'differenz'],
  gapBefore: ['mit', 'um', 'rückstand von', 'vorsprung von', 'abstand von', 'nur', 'knapp'],
  ahead: ['schneller', 'vorsprung', 'vor', 'besser', 'geschlagen', 'schlug', 'distanzierte'],
  behind: ['langsamer', 'rückstand', 'hinter', 'dahinter', 'zurück', 'fehlten', 'fehlen', 'verlor'],
};
