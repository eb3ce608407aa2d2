import fc from 'fast-check';

/** Pieces of race-report prose, figures and names, in every notation the claim reader knows and some it does not. */
const WORDS = [
  'Derani', 'Pipo Derani', 'Nasr', 'Felipe Nasr', 'Bourdais', 'the Brazilian', 'Cadillac', 'Porsche', '#31', 'No. 7', 'car 60',
  'took pole', 'led', 'by', 'over', 'ahead of', 'behind', 'gap', 'fastest lap', 'a', 'the', 'in', 'P1', 'P3', 'third', '12th',
  'GTP', 'GTD-Pro', 'LMP2', 'overall', 'class', 'seconds', 'secs', 's', 'mph', 'km/h', 'kph', 'four-tenths', 'half a second',
  'a lap', 'laps', 'fell to', 'good for fourth', 'Sebring', 'qualifying', 'race', 'hours', '.', ',', ';', '—', '"', '“', '”', '(', ')',
  '\n', '\n\n', '\t', '\u200b', '\u00a0',
];

const NUMBERS = fc.oneof(
  fc.nat({ max: 400 }).map(String),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 99_999 })).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 99 }), fc.nat({ max: 9999 })).map(([minutes, seconds, fraction]) => `${minutes}:${String(seconds).padStart(2, '0')}.${fraction}`),
  fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 99 }), fc.nat({ max: 99 }), fc.nat({ max: 9999 })).map(([h, m, s, f]) => `${h}:${m}:${s}.${f}`),
  fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 99 }), fc.nat({ max: 999 })).map(([m, s, f]) => `${m}'${s}''${f}'''`),
  fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 99 }), fc.nat({ max: 999 })).map(([m, s, f]) => `${m}′${s}″${f}`),
  fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 99 }), fc.nat({ max: 999 })).map(([m, s, f]) => `${m}m${s}.${f}s`),
  fc.constantFrom('+0.204s', '-1.5', '0.000', '1e9', 'NaN', 'Infinity', '99999999999999999999', '1,234.5', '١٢٣', '１:３２.６５６'),
);

/** Report-like text: words, figures and punctuation in random order. */
export const racingText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: NUMBERS }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), {
    maxLength: 80,
  })
  .map((pieces) => pieces.join(' '));

/** Any string at all, full Unicode included. */
export const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

/** Long runs of one piece: the inputs that make a backtracking regular expression take forever. */
export const pathologicalText = fc
  .tuple(fc.constantFrom('1', '1.', '1:', "1'", ' ', 'a', 'P', '#', '.', '-', 'Derani ', '0.1 ', 'by ', '1:1', '<', '<<a ', '*', '_', '[', '|'), fc.integer({ min: 2000, max: 20_000 }), fc.string({ maxLength: 3 }))
  .map(([piece, times, tail]) => piece.repeat(Math.ceil(times / piece.length)) + tail);
