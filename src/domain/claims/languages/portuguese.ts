import type { LanguageWords } from './language-words';

export const portuguese: LanguageWords = {
  name: 'Portuguese',
  seconds: ['segundos', 'segundo', 'seg\\.?', 's'],
  minutes: ['minutos', 'minuto', 'min\\.?'],
  fractions: { tenth: ['d[ée]cimos?', 'd[ée]cimas?'], hundredth: ['cent[ée]simos?', 'cent[ée]simas?'], thousandth: ['mil[ée]simos?', 'mil[ée]simas?'] },
  ofASecond: ['de segundo'],
  counts: { um: 1, uma: 1, dois: 2, duas: 2, 'três': 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 },
  ordinals: { primeiro: 1, primeira: 1, segundo: 2, segunda: 2, terceiro: 3, terceira: 3, quarto: 4, quarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6, 'sétimo': 7, 'sétima': 7, oitavo: 8, oitava: 8, nono: 9, nona: 9, 'décimo': 10, 'décima': 10 },
  placeNouns: ['lugar', 'posição', 'posto', 'tempo', 'lugares', 'posições', 'colocação', 'colocações'],
  // "a volta mais rápida": the fastest lap, its adjective after the noun.
  bestTime: ['melhor tempo', 'tempo mais rápido', 'volta mais rápida'],
  fastest: ['o mais rápido', 'a mais rápida'],
  rowWords: ['fila', 'linha'],
  placeVerbs: ['foi', 'é', 'era', 'largará', 'larga', 'terminou', 'ficou', 'chegou'],
  // "ficou em quinto pela BMW": the team a place was taken for.
  // "em quinto, já que …": a clause giving a reason or a contrast may follow a place, as "because" does in English.
  afterWords: ['e', 'em', 'com', 'atrás', 'à', 'frente', 'na', 'no', 'pela', 'pelo', 'já que', 'porque', 'embora', 'enquanto', 'apesar de'],
  halfSecond: ['meio segundo'],
  gapAfter: ['mais rápido', 'mais lento', 'atrás', 'à frente', 'de vantagem', 'de diferença', 'de desvantagem', 'a menos', 'a mais'],
  gapBefore: ['a', 'por', 'de', 'com', 'apenas', 'só', 'vantagem de', 'diferença de', 'margem de'],
  ahead: ['mais rápido', 'à frente', 'vantagem', 'superando', 'superou', 'batendo', 'bateu', 'melhor'],
  behind: ['mais lento', 'atrás', 'desvantagem', 'perdeu', 'cedeu', 'a'],
};
