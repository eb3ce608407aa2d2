import { compoundCounts } from './compound-counts';
import type { LanguageWords } from './language-words';

export const english: LanguageWords = {
  name: 'English',
  seconds: ['seconds', 'second', 'secs', 'sec', 's'],
  minutes: ['minutes', 'minute', 'mins', 'min'],
  fractions: { tenth: ['tenths?'], hundredth: ['hundredths?'], thousandth: ['thousandths?'], quarter: ['quarters?'] },
  ofASecond: [String.raw`of[\s-]an?[\s-]second`],
  counts: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    ...compoundCounts(
      [],
      ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
      ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
      // "sixty-five thousandths"
      (unit, ten) => [`${ten}-${unit}`],
    ),
  },
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
    twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
    nineteenth: 19, twentieth: 20,
  },
  placeNouns: ['place', 'position', 'spot', 'places', 'positions', 'spots'],
  rowWords: ['row'],
  placeVerbs: ['start', 'starts', 'started', 'starting', 'was', 'is', 'were', 'be', 'been', 'finished', 'finish', 'finishes', 'ended', 'ends', 'end', 'qualified', 'qualifies', 'qualify', 'classified', 'placed', 'came', 'comes', 'home', 'sits', 'sat', 'ran', 'runs', 'running', 'lies', 'lay', 'took', 'takes', 'secured', 'securing', 'claimed', 'claims', 'salvaged', 'salvage', 'slotted', 'grabbed', 'bagged', 'earned', 'rounded', 'completed', 'moved', 'moving', 'climbed', 'climbing', 'jumped', 'jumping', 'rose', 'rising', 'dropped', 'dropping', 'slipped', 'slipping', 'fell', 'falling', 'put', 'puts', 'gave', 'gives'],
  afterWords: ['and', 'or', 'in', 'on', 'for', 'with', 'out of', 'behind', 'ahead', 'after', 'then', 'at', 'by', 'from', 'to', 'overall', 'respectively', 'while', 'whilst', 'but', 'as', 'despite', 'before', 'he', 'she', 'they', 'due to', 'because', 'thanks to', 'following', 'when', 'having', 'until', 'although', 'though', 'yesterday', 'today', 'again', 'so', 'within', 'just', 'narrowly', 'comfortably', 'only', 'some', 'almost', 'nearly', 'a mere', 'less than', 'more than', 'over', 'under'],
  halfSecond: ['half an? second', 'a half-second', 'half-second', 'half a sec'],
  gapAfter: [
    'of a second', 'off', 'ahead', 'behind', 'faster', 'quicker', 'slower', 'clear', 'adrift', 'back', 'down', 'shy', 'short',
    'up on', 'better', 'worse', 'in hand', 'per lap', 'a lap', 'over', 'under', 'lead', 'advantage', 'margin', 'cushion',
    'deficit', 'gap', 'victory', 'win', 'triumph',
  ],
  // "stretching its lead to nearly 30 seconds", "took his winning margin up to 10.8 seconds": a gap grown to a figure.
  // "by the slimmest of margins - .038": a margin set off by a dash or colon, its figure after.
  gapBefore: ['by', 'gap of', 'margin of', String.raw`margins?\s*[-–—:]`, 'deficit of', 'gap was', 'gap is', String.raw`gap to\s+\S+\s+(?:of|was|is)`, 'advantage of', 'lead of', 'within', String.raw`(?:its|his|her|their|the)\s+(?:winning\s+)?(?:lead|advantage|margin|gap|cushion)\s+(?:up\s+)?to`],
  ahead: [
    'faster', 'quicker', 'ahead', 'clear', 'better', 'up on', 'lowering', 'lowered', 'beat', 'beating', 'bettering',
    'bettered', 'usurped', 'eclipsed', 'topped', 'improved', 'leads?', 'leading', 'led', 'won', 'wins', 'winning', 'edged',
    'edging', 'pipped', 'pipping', 'advantage', 'margin', 'victory', 'triumph',
  ],
  behind: ['slower', 'behind', 'off', 'short', 'adrift', 'back', 'down', 'trailing', 'trailed', 'trails', 'shy', 'deficit', 'lost', 'losing'],
};
