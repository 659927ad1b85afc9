import type { ClozeQuestion } from "@quizdeck/content/schema";
import type { BlankFeedback, GradeResultOf } from "./grade-result.ts";
import type { ClozeResponse } from "./response-schemas.ts";
import { shareOf } from "./share-of.ts";
import { matchTypedAnswer } from "./typed-answer.ts";

/**
 * Cloze: the share of blanks whose typed answer is accepted (see matchTypedAnswer for
 * what "accepted" forgives).
 */
export function gradeCloze(
  question: ClozeQuestion,
  response: ClozeResponse,
): GradeResultOf<"cloze"> {
  const parts = question.accept.map((acceptedAnswers, index): BlankFeedback => {
    const given = response.blanks[index] ?? "";
    const match = matchTypedAnswer(given, acceptedAnswers);
    return {
      kind: "blank",
      blank: index + 1,
      given,
      accepted: match.accepted,
      expected: acceptedAnswers[0] ?? "",
      matchedAnswer: match.accepted ? match.matchedAnswer : null,
      typoForgiven: match.accepted && match.typoForgiven,
    };
  });
  const score = shareOf(parts, (part) => part.accepted);
  return { type: "cloze", score, correct: score === 1, parts };
}
