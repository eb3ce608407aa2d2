// A results line labelled by what it reports, its holder after: "1st: Fernando Alonso (Ferrari), 1:31.05.862",
// "2nd – Jenson Button", "Fastest Lap: Michael Schumacher (Mercedes), 1:18.725".

// After the label: a colon or dash, then a name ("Jenson Button", "F. Alonso") or a car ("#31").
// "Fastest Lap: Webber 1:15.436 = 205.636 km/h": a surname alone will do where the line's time follows it.
const HOLDER_AFTER = /^\s*[:\-–—]\s*(?:\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}|\p{Lu}\.\s?\p{Lu}|#\d|(?!(?:Lap|Laps|Turn|Round|Race|Stage)\s)\p{Lu}[\p{Ll}'’-]+\s+\d{1,2}[:.'’]\d{2}[.,]\d)/u;

/** Whether the words `before` and `after` a label make it a line's label with a holder named after it. */
export function labelsAHolder(before: string, after: string): boolean {
  return /(?:^|\n)[ \t]*$/.test(before) && HOLDER_AFTER.test(after);
}
