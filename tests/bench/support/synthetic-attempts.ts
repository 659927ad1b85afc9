import type { Question } from "@quizdeck/content/schema";
import type { SubmittedAttempt, SubmittedResponse } from "@quizdeck/core/analysis";
import { answerKey, grade, type QuestionResponse } from "@quizdeck/core/grading";
import { normal, seededRandom } from "./seeded-random.ts";
import { wrongAnswer } from "./wrong-answer.ts";

export const ATTEMPT_T0 = Date.parse("2026-03-02T09:00:00Z");

/** How a question's difficulty (1–3) shifts the chance of a right answer. */
const DIFFICULTY_OFFSET = { 1: -1, 2: 0, 3: 1 } as const;
/** Share of questions left unanswered. */
const SKIP_RATE = 0.02;

/** A synthetic attempt: each of its answers has its response, as stored. */
export interface SyntheticAttempt extends SubmittedAttempt {
  responses: (SubmittedResponse & { response: QuestionResponse })[];
}

/**
 * `count` submitted attempts at `questions`, one per student, the same for the same
 * seed. Each student has an ability (standard normal); a question is answered with
 * its key with probability logistic(1.2 · (ability − difficulty offset) + 0.8) (a
 * class mean of roughly 65%), otherwise with a wrong answer; 2% are skipped. Scores
 * come from `grade`, the attempt's score is the mean over all questions, as on submit.
 */
export function syntheticAttempts(
  questions: readonly Question[],
  count: number,
  seed = 20260302,
): SyntheticAttempt[] {
  const random = seededRandom(seed);
  const attempts: SyntheticAttempt[] = [];
  for (let index = 0; index < count; index++) {
    const ability = normal(random);
    const responses: SyntheticAttempt["responses"] = [];
    for (const question of questions) {
      if (random() < SKIP_RATE) continue;
      const logit = 1.2 * (ability - DIFFICULTY_OFFSET[question.difficulty]) + 0.8;
      const right = random() < 1 / (1 + Math.exp(-logit));
      const response: QuestionResponse = right ? answerKey(question) : wrongAnswer(question);
      responses.push({
        questionId: question.id,
        score: grade(question, response).score,
        response,
        timeSpentMs: Math.round(4000 + 60_000 * random() ** 2),
      });
    }
    const total = responses.reduce((sum, response) => sum + response.score, 0);
    const number = String(index + 1).padStart(4, "0");
    attempts.push({
      attemptId: `bench-attempt-${number}`,
      userId: `bench-student-${number}`,
      submittedAt: new Date(ATTEMPT_T0 + index * 1000),
      score: total / questions.length,
      responses,
    });
  }
  return attempts;
}
