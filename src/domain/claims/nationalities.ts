// The words reports use for a driver's nationality ("the German", "der Niederländer", "l'Allemand", "il
// finlandese"), by nationality, in the languages reports are read in. Lower case; a word may stand in several
// languages ("Chinese", "russe").
const WORDS: Record<string, string[]> = {
  de: ['german', 'deutsche', 'deutscher', 'allemand', 'tedesco', 'alemán', 'aleman', 'alemão', 'duitser'],
  gb: ['briton', 'brit', 'englishman', 'scot', 'scotsman', 'welshman', 'brite', 'engländer', 'schotte', 'britannique', 'anglais', 'britannico', 'inglese', 'británico', 'inglés', 'britânico', 'inglês', 'engelsman'],
  nl: ['dutchman', 'niederländer', 'holländer', 'néerlandais', 'hollandais', 'olandese', 'neerlandés', 'holandés', 'holandês', 'neerlandês', 'nederlander', 'hollander'],
  fi: ['finn', 'finne', 'finlandais', 'finlandese', 'finlandés', 'finlandês'],
  es: ['spaniard', 'spanier', 'espagnol', 'spagnolo', 'español', 'espanhol', 'spanjaard'],
  fr: ['frenchman', 'franzose', 'français', 'francese', 'francés', 'francês', 'fransman'],
  mc: ['monegasque', 'monegasse', 'monégasque', 'monegasco', 'monegask'],
  au: ['australian', 'aussie', 'australier', 'australien', 'australiano', 'australiër'],
  mx: ['mexican', 'mexikaner', 'mexicain', 'messicano', 'mexicano', 'mexicaan'],
  ca: ['canadian', 'kanadier', 'canadien', 'canadese', 'canadiense', 'canadense', 'canadiano', 'canadees'],
  br: ['brazilian', 'brasilianer', 'brésilien', 'brasiliano', 'brasileño', 'brasileiro', 'braziliaan'],
  us: ['american', 'amerikaner', 'us-amerikaner', 'américain', 'americano', 'estadounidense', 'amerikaan'],
  it: ['italian', 'italiener', 'italien', 'italiano', 'italiaan'],
  jp: ['japanese', 'japaner', 'japonais', 'giapponese', 'japonés', 'japonês', 'japanner'],
  th: ['thai', 'thailänder', 'thaïlandais', 'thailandese', 'tailandés', 'tailandês'],
  dk: ['dane', 'däne', 'danois', 'danese', 'danés', 'dinamarquês', 'deen'],
  be: ['belgian', 'belgier', 'belge', 'belga', 'belg'],
  ch: ['swiss', 'schweizer', 'suisse', 'svizzero', 'suizo', 'suíço', 'zwitser'],
  at: ['austrian', 'österreicher', 'autrichien', 'austriaco', 'austríaco', 'oostenrijker'],
  se: ['swede', 'schwede', 'suédois', 'svedese', 'sueco', 'zweed'],
  ru: ['russian', 'russe', 'russo', 'ruso', 'rus'],
  cn: ['chinese', 'chinois', 'cinese', 'chino', 'chinês', 'chinees'],
  nz: ['kiwi', 'neuseeländer', 'néo-zélandais', 'neozelandese', 'neozelandés', 'neozelandês'],
  ar: ['argentine', 'argentinian', 'argentinier', 'argentin', 'argentino', 'argentijn'],
  pt: ['portuguese', 'portugiese', 'portugais', 'portoghese', 'portugués', 'português', 'portugees'],
  co: ['colombian', 'kolumbianer', 'colombien', 'colombiano', 'colombiaan'],
  ve: ['venezuelan', 'venezolaner', 'vénézuélien', 'venezuelano', 'venezolano', 'venezuelaan'],
  no: ['norwegian', 'norweger', 'norvégien', 'norvegese', 'noruego', 'norueguês'],
  ie: ['irishman', 'irlandais', 'irlandese', 'irlandés', 'irlandês'],
  pl: ['polonais', 'polacco', 'polaco', 'polonês'],
  id: ['indonesian', 'indonesier', 'indonésien', 'indonesiano', 'indonesio', 'indonésio'],
  my: ['malaysian', 'malaysier', 'malaisien', 'malese', 'malasio', 'malaio'],
  hu: ['hungarian', 'ungar', 'hongrois', 'ungherese', 'húngaro', 'hongaar'],
  za: ['südafrikaner', 'sud-africain', 'sudafricano', 'sul-africano', 'zuid-afrikaan'],
};

const BY_WORD = new Map(Object.entries(WORDS).flatMap(([nationality, words]) => words.map((word) => [word, nationality] as const)));

/** The nationality a word names ("Niederländer" → "nl"), or null. */
export function nationalityOf(word: string): string | null {
  return BY_WORD.get(word.toLowerCase()) ?? null;
}
