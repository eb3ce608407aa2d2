/**
 * The words one language writes timing with. Each entry is a regex source matched case-insensitively as a
 * whole word; the grammar that reads figures is the same for every language (see `../figures.ts`).
 */
export interface LanguageWords {
  /** A language's name, for messages and tests. */
  name: string;
  /** Seconds after a number: "seconds", "secs", "Sekunden", "segundos". */
  seconds: string[];
  /** Minutes between the two parts of a lap time: "minute", "Minute", "minuto". */
  minutes: string[];
  /** Fraction words by the seconds one of them is worth: tenth → 0.1. */
  fractions: { tenth: string[]; hundredth: string[]; thousandth: string[]; quarter?: string[] };
  /** What may follow a fraction word to name its unit: "of a second", "de segundo". */
  ofASecond: string[];
  /** Counting words before a fraction or "seconds", with their value: "two" → 2. */
  counts: Record<string, number>;
  /** Ordinal words with the place they stand for: "third" → 3, "dritter" → 3, "terceiro" → 3. */
  ordinals: Record<string, number>;
  /** Nouns that make an ordinal or number a place: "place", "Platz", "plaats", "posición". */
  placeNouns: string[];
  /**
   * The best time of a session as a phrase, first place said without a number: "de snelste tijd", "die
   * Bestzeit", "el mejor tiempo". Optional; English reads "fastest" and "quickest" by its own grammar.
   */
  bestTime?: string[];
  /**
   * "Fastest" as a phrase with its article, first place when said of a driver ("a été le plus rapide", "fue el
   * más rápido"). Optional; English reads "fastest" by its own grammar, German by its compounds.
   */
  fastest?: string[];
  /** Nouns that, after an article and before a count, name a competitor by his place: "de nummer drie". Optional. */
  rankNouns?: string[];
  /** Words for a row of the grid: "row", "Reihe", "startrij", "fila", "ligne". */
  rowWords: string[];
  /** Verbs before an ordinal that make it the subject's place ("finished", "wird", "sale"). */
  placeVerbs: string[];
  /** Words that may follow a place ("third and fourth", "third in class", "quinto por detrás"). */
  afterWords: string[];
  /** Half a second as a phrase: "half a second", "eine halbe Sekunde". */
  halfSecond: string[];
  /** Words after a figure that make it a gap between cars: "faster", "behind", "schneller". */
  gapAfter: string[];
  /** Words just before a figure that make it a gap: "by", "gap of", "mit", "por". */
  gapBefore: string[];
  /** Direction words: the subject was in front ("faster", "ahead", "schneller", "devant"). */
  ahead: string[];
  /** Direction words: the subject was behind ("slower", "off", "Rückstand", "derrière"). */
  behind: string[];
}
