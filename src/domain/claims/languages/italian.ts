import type { LanguageWords } from './language-words';

export const italian: LanguageWords = {
  name: 'Italian',
  seconds: ['secondi', 'secondo', 'sec\\.?', 's'],
  minutes: ['minuti', 'minuto', 'min\\.?'],
  fractions: { tenth: ['decim[oi]'], hundredth: ['centesim[oi]'], thousandth: ['millesim[oi]'] },
  ofASecond: ['di secondo'],
  counts: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10 },
  ordinals: { primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, quinto: 5, quinta: 5, sesto: 6, sesta: 6, settimo: 7, settima: 7, ottavo: 8, ottava: 8, nono: 9, nona: 9, decimo: 10, decima: 10 },
  // "Settimo crono per Jordan Taylor": crono (the time on the stopwatch) ranks as tempo does.
  placeNouns: ['posto', 'posizione', 'piazza', 'tempo', 'crono', 'posti', 'posizioni', 'piazzola', 'piazzole'],
  // "il giro più veloce": the fastest lap, its adjective after the noun.
  bestTime: ['miglior tempo', 'miglior crono', 'tempo più veloce', 'giro più veloce', 'giro più rapido'],
  fastest: ['il più veloce', 'la più veloce', 'il più rapido', 'la più rapida'],
  rowWords: ['fila'],
  placeVerbs: ['è', 'era', 'fu', 'sarà', 'partirà', 'parte', 'chiude', 'chiuso', 'terminato', 'finito'],
  // "quinto, perché …": a clause giving a reason or a contrast may follow a place, as "because" does in English.
  afterWords: ['e', 'ed', 'in', 'con', 'davanti', 'dietro', 'a', 'per', 'perché', 'poiché', 'mentre', 'nonostante'],
  halfSecond: ['mezzo secondo'],
  gapAfter: ['più veloce', 'più lento', 'dietro', 'davanti', 'di vantaggio', 'di distacco', 'di ritardo', 'di margine', 'in meno', 'in più'],
  gapBefore: ['a', 'per', 'di', 'con', 'solo', 'appena', 'distacco di', 'vantaggio di', 'margine di'],
  ahead: ['più veloce', 'davanti', 'vantaggio', 'battendo', 'ha battuto', 'precede', 'precedendo', 'meglio', 'margine'],
  behind: ['più lento', 'dietro', 'distacco', 'ritardo', 'a', 'staccato', 'perso', 'paga', 'pagando'],
};
