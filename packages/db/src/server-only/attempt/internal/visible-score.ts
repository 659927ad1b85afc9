/**
 * An attempt's score as its student may see it at `now`: null until the
 * teacher's release, and null while an assignment other than the attempt's own
 * withholds one of its questions (`withheldByAssignment`): the total beside the
 * other questions' marks would tell the withheld one's.
 */
export function visibleScore(
  attempt: {
    score: number | null;
    scoreVisibleAt: Date | null;
    questionIds: readonly string[];
    assignmentId: string | null;
  },
  now: Date,
  withheld: ReadonlyMap<string, ReadonlySet<string>>,
): number | null {
  if (attempt.scoreVisibleAt === null || attempt.scoreVisibleAt.getTime() > now.getTime()) {
    return null;
  }
  for (const [assignmentId, ids] of withheld) {
    if (assignmentId === attempt.assignmentId) continue;
    if (attempt.questionIds.some((id) => ids.has(id))) return null;
  }
  return attempt.score;
}
