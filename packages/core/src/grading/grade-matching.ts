import type { MatchingQuestion } from "@quizdeck/content/schema";
import type { GradeResultOf, PairFeedback } from "./grade-result.ts";
import type { MatchingResponse } from "./response-schemas.ts";
import { shareOf } from "./share-of.ts";

/**
 * Matching: the share of left sides paired with their right side. The order of the
 * response's matches does not matter. A right side used for two lefts is allowed (a
 * drop-down UI permits it) and can be right for at most one of them.
 */
export function gradeMatching(
  question: MatchingQuestion,
  response: MatchingResponse,
): GradeResultOf<"matching"> {
  const givenRight = new Map(response.matches.map((match) => [match.left, match.right]));
  const parts = question.pairs.map((pair): PairFeedback => {
    const given = givenRight.get(pair.left) ?? "";
    return {
      kind: "pair",
      left: pair.left,
      givenRight: given,
      expectedRight: pair.right,
      correct: given === pair.right,
    };
  });
  const score = shareOf(parts, (part) => part.correct);
  return { type: "matching", score, correct: score === 1, parts };
}
