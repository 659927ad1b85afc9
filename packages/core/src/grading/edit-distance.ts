/**
 * Optimal string alignment distance (the restricted Damerau–Levenshtein distance):
 * the fewest insertions, deletions, substitutions and transpositions of two adjacent
 * characters that turn `a` into `b`, where no substring is edited twice. That is the
 * right notion of "one typo", and unlike the unrestricted Damerau distance it needs
 * no alphabet table. It counts Unicode code points, not UTF-16 units.
 *
 * Hand-written because no edit-distance library is installed; O(|a|·|b|) time,
 * O(|b|) memory.
 */
export function optimalStringAlignmentDistance(a: string, b: string): number {
  const source = Array.from(a);
  const target = Array.from(b);
  if (source.length === 0) return target.length;
  if (target.length === 0) return source.length;

  const width = target.length + 1;
  // Three rolling rows of the dynamic-programming table: i-2, i-1 and i.
  let twoRowsUp = new Array<number>(width).fill(0);
  let rowAbove = Array.from({ length: width }, (_, column) => column);
  let row = new Array<number>(width).fill(0);

  for (let i = 1; i <= source.length; i++) {
    row[0] = i;
    for (let j = 1; j <= target.length; j++) {
      const substitutionCost = source[i - 1] === target[j - 1] ? 0 : 1;
      let best = Math.min(
        cell(rowAbove, j) + 1, // deletion
        cell(row, j - 1) + 1, // insertion
        cell(rowAbove, j - 1) + substitutionCost, // substitution or match
      );
      if (i > 1 && j > 1 && source[i - 1] === target[j - 2] && source[i - 2] === target[j - 1]) {
        best = Math.min(best, cell(twoRowsUp, j - 2) + 1); // transposition
      }
      row[j] = best;
    }
    [twoRowsUp, rowAbove, row] = [rowAbove, row, twoRowsUp];
  }
  return cell(rowAbove, target.length);
}

function cell(row: readonly number[], column: number): number {
  const value = row[column];
  if (value === undefined) throw new RangeError(`edit-distance table has no column ${column}`);
  return value;
}
