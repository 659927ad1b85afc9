/** An attempt's score as its student may see it at `now`: null until the teacher's release. */
export function visibleScore(
  attempt: { score: number | null; scoreVisibleAt: Date | null },
  now: Date,
): number | null {
  return attempt.scoreVisibleAt !== null && attempt.scoreVisibleAt.getTime() <= now.getTime()
    ? attempt.score
    : null;
}
