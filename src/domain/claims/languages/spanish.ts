import type { LanguageWords } from './language-words';

export const spanish: LanguageWords = {
  name: 'Spanish',
  seconds: ['segundos', 'segundo', 'seg\\.?', 's'],
  minutes: ['minutos', 'minuto', 'min\\.?'],
  fractions: { tenth: ['d[ée]cimas?', 'd[ée]cimos?'], hundredth: ['cent[ée]simas?', 'cent[ée]simos?'], thousandth: ['mil[ée]simas?', 'mil[ée]simos?'] },
  ofASecond: ['de segundo'],
  counts: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
  halfSecond: ['medio segundo'],
  gapAfter: ['más rápido', 'más lento', 'detrás', 'por delante', 'de ventaja', 'de diferencia', 'de desventaja', 'de margen', 'menos', 'más'],
  gapBefore: ['a', 'por', 'de', 'en', 'con', 'solo', 'sólo', 'apenas', 'ventaja de', 'diferencia de', 'margen de'],
  ahead: ['más rápido', 'por delante', 'ventaja', 'superando', 'superó', 'batiendo', 'batió', 'aventajó', 'mejor'],
  behind: ['más lento', 'detrás', 'a', 'desventaja', 'perdió', 'cedió', 'cediendo', 'por detrás'],
};
