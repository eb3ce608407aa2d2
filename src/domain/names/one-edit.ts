/**
 * Whether two strings are at most one edit apart (one letter inserted, deleted or replaced): the same answer as
 * `distance(left, right) <= 1` from fastest-levenshtein, compared UTF-16 unit by unit, in one pass and without
 * building the distance table.
 */
export function withinOneEdit(left: string, right: string): boolean {
  const shorter = left.length <= right.length ? left : right;
  const longer = shorter === left ? right : left;
  if (longer.length - shorter.length > 1) return false;
  let same = 0;
  while (same < shorter.length && shorter.charCodeAt(same) === longer.charCodeAt(same)) same += 1;
  if (same === shorter.length) return true;
  // Past the first difference the rest must agree: after the replaced letter when the lengths are equal, or
  // shifted by the one extra letter of the longer string.
  const replaced = shorter.length === longer.length;
  const shift = replaced ? 0 : 1;
  for (let index = replaced ? same + 1 : same; index < shorter.length; index += 1) {
    if (shorter.charCodeAt(index) !== longer.charCodeAt(index + shift)) return false;
  }
  return true;
}
