/** The share of `parts` that pass `test`; an empty list counts as fully right. */
export function shareOf<T>(parts: readonly T[], test: (part: T) => boolean): number {
  if (parts.length === 0) return 1;
  return parts.filter(test).length / parts.length;
}
