import type { LanguageWords } from './language-words';

export const spanish: LanguageWords = {
  name: 'Spanish',
  seconds: ['segundos', 'segundo', 'seg\\.?', 's'],
  minutes: ['minutos', 'minuto', 'min\\.?'],
  fractions: { tenth: ['d[ée]cimas?', 'd[ée]cimos?'], hundredth: ['cent[ée]simas?', 'cent[ée]simos?'], thousandth: ['mil[ée]simas?', 'mil[ée]simos?'] },
  ofASecond: ['de segundo'],
  counts: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
  ordinals: { primero: 1, primera: 1, primer: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, tercer: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6, 'séptimo': 7, 'séptima': 7, octavo: 8, octava: 8, noveno: 9, novena: 9, 'décimo': 10, 'décima': 10 },
  placeNouns: ['lugar', 'posición', 'plaza', 'puesto', 'tiempo', 'lugares', 'posiciones', 'puestos'],
  // "la vuelta más rápida": the fastest lap, its adjective after the noun.
  bestTime: ['mejor tiempo', 'tiempo más rápido', 'vuelta más rápida'],
  fastest: ['el más rápido', 'la más rápida'],
  rowWords: ['fila'],
  placeVerbs: ['fue', 'es', 'era', 'sale', 'salió', 'saldrá', 'arrancará', 'terminó', 'acabó', 'quedó', 'fue', 'clasificó', 'ser', 'será', 'sería', 'terminar', 'acabar', 'quedar', 'salir'],
  // "Derani en el quinto ya que el choque no fue sancionado": a clause giving a reason or a contrast may follow a
  // place, as "because" and "although" do in English.
  afterWords: ['y', 'e', 'en', 'con', 'por', 'detrás', 'delante', 'tras', 'ya que', 'porque', 'aunque', 'mientras', 'pese a', 'a pesar de'],
  halfSecond: ['medio segundo'],
  gapAfter: ['más rápido', 'más lento', 'detrás', 'por delante', 'de ventaja', 'de diferencia', 'de desventaja', 'de margen', 'menos', 'más'],
  gapBefore: ['a', 'por', 'de', 'en', 'con', 'solo', 'sólo', 'apenas', 'ventaja de', 'diferencia de', 'margen de'],
  ahead: ['más rápido', 'por delante', 'ventaja', 'superando', 'superó', 'batiendo', 'batió', 'aventajó', 'mejor'],
  behind: ['más lento', 'detrás', 'a', 'desventaja', 'perdió', 'cedió', 'cediendo', 'por detrás'],
};
