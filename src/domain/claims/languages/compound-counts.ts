/**
 * Counts 11 to 99 in words, for thousandths and hundredths told in words ("vijfenzestig duizendste",
 * "vierundachtzig Tausendstel", "sixty-five thousandths"). Dutch and German put the unit first and join with
 * "en"/"und"; English puts the tens first and joins with a hyphen.
 */
export function compoundCounts(teens: readonly string[], tens: readonly string[], units: readonly string[], join: (unit: string, ten: string) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  teens.forEach((word, index) => (counts[word] = 11 + index));
  tens.forEach((ten, index) => {
    const value = (index + 2) * 10;
    counts[ten] = value;
    units.forEach((unit, unitIndex) => {
      for (const word of join(unit, ten)) counts[word] = value + unitIndex + 1;
    });
  });
  return counts;
}
