import type { LanguageWords } from './language-words';

export const italian: LanguageWords = {
  name: 'Italian',
  seconds: ['secondi', 'secondo', 'sec\\.?', 's'],
  minutes: ['minuti', 'minuto', 'min\\.?'],
  fractions: { tenth: ['decim[oi]'], hundredth: ['centesim[oi]'], thousandth: ['millesim[oi]'] },
  ofASecond: ['di secondo'],
  counts: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10 },
  halfSecond: ['mezzo secondo'],
  gapAfter: ['più veloce', 'più lento', 'dietro', 'davanti', 'di vantaggio', 'di distacco', 'di ritardo', 'di margine', 'in meno', 'in più'],
  gapBefore: ['a', 'per', 'di', 'con', 'solo', 'appena', 'distacco di', 'vantaggio di', 'margine di'],
  ahead: ['più veloce', 'davanti', 'vantaggio', 'battendo', 'ha battuto', 'precede', 'precedendo', 'meglio', 'margine'],
  behind: ['più lento', 'dietro', 'distacco', 'ritardo', 'a', 'staccato', 'perso', 'paga', 'pagando'],
};
