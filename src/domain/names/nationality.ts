// What timing files write for a driver's nationality, as a two-letter country code in lower case (the codes the
// claim reader's nationality words use): Ergast writes a demonym ("British", "Monegasque"), Al Kamel files a
// three-letter code ("GBR", "MCO"). A code or word not listed gives no nationality rather than a guess.
const CODES: Record<string, string[]> = {
  de: ['german', 'deu', 'ger'],
  gb: ['british', 'gbr', 'eng', 'sco', 'wal'],
  nl: ['dutch', 'nld', 'ned'],
  fi: ['finnish', 'fin'],
  es: ['spanish', 'esp'],
  fr: ['french', 'fra'],
  mc: ['monegasque', 'mco', 'mon'],
  au: ['australian', 'aus'],
  mx: ['mexican', 'mex'],
  ca: ['canadian', 'can'],
  br: ['brazilian', 'bra'],
  us: ['american', 'usa'],
  it: ['italian', 'ita'],
  jp: ['japanese', 'jpn'],
  th: ['thai', 'tha'],
  dk: ['danish', 'dnk', 'den'],
  be: ['belgian', 'bel'],
  ch: ['swiss', 'che', 'sui'],
  at: ['austrian', 'aut'],
  se: ['swedish', 'swe'],
  ru: ['russian', 'rus'],
  cn: ['chinese', 'chn'],
  nz: ['new zealander', 'nzl'],
  ar: ['argentine', 'argentinian', 'arg'],
  pt: ['portuguese', 'prt', 'por'],
  co: ['colombian', 'col'],
  ve: ['venezuelan', 'ven'],
  no: ['norwegian', 'nor'],
  ie: ['irish', 'irl'],
  pl: ['polish', 'pol'],
  id: ['indonesian', 'idn', 'ina'],
  my: ['malaysian', 'mys', 'mas'],
  hu: ['hungarian', 'hun'],
  za: ['south african', 'zaf', 'rsa'],
  cl: ['chilean', 'chl'],
  in: ['indian', 'ind'],
  cz: ['czech', 'cze'],
  uy: ['uruguayan', 'ury', 'uru'],
  lu: ['luxembourgish', 'lux'],
  tr: ['turkish', 'tur'],
  cr: ['costa rican', 'cri'],
};

const BY_WRITTEN = new Map(Object.entries(CODES).flatMap(([code, written]) => written.map((word) => [word, code] as const)));

/** The country a timing file's nationality stands for ("British" → "gb", "MCO" → "mc"), or null. */
export function nationalityCode(written: string): string | null {
  return BY_WRITTEN.get(written.trim().toLowerCase()) ?? null;
}
