import type { LanguageWords } from './language-words';

export const portuguese: LanguageWords = {
  name: 'Portuguese',
  seconds: ['segundos', 'segundo', 'seg\\.?', 's'],
  minutes: ['minutos', 'minuto', 'min\\.?'],
  fractions: { tenth: ['d[ée]cimos?', 'd[ée]cimas?'], hundredth: ['cent[ée]simos?', 'cent[ée]simas?'], thousandth: ['mil[ée]simos?', 'mil[ée]simas?'] },
  ofASecond: ['de segundo'],
  counts: { um: 1, uma: 1, dois: 2, duas: 2, 'três': 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 },
  halfSecond: ['meio segundo'],
  gapAfter: ['mais rápido', 'mais lento', 'atrás', 'à frente', 'de vantagem', 'de diferença', 'de desvantagem', 'a menos', 'a mais'],
  gapBefore: ['a', 'por', 'de', 'com', 'apenas', 'só', 'vantagem de', 'diferença de', 'margem de'],
  ahead: ['mais rápido', 'à frente', 'vantagem', 'superando', 'superou', 'batendo', 'bateu', 'melhor'],
  behind: ['mais lento', 'atrás', 'desvantagem', 'perdeu', 'cedeu', 'a'],
};
