/** The questions to retry: every one scored below 1, unanswered ones included, in attempt order. */
export function missedQuestionIds(
  questionIds: readonly string[],
  responses: readonly { questionId: string; score: number }[],
): string[] {
  const scores = new Map(responses.map((response) => [response.questionId, response.score]));
  return questionIds.filter((id) => (scores.get(id) ?? 0) < 1);
}
