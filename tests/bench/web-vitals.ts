import type { Browser, BrowserContextOptions } from "playwright-core";
import { startPracticeAttempt } from "../e2e/support/practice-attempt.ts";
import { measureQuizPage, type QuizPageSpeed } from "../e2e/support/quiz-page-speed.ts";

/** Questions answered per visit, each with its feedback. */
export const ANSWERS_PER_VISIT = 4;

/**
 * LCP and CLS of the quiz player over `runs` visits, each to a practice quiz
 * started for it (so the first question is unanswered) and loaded cold.
 */
export async function benchWebVitals(
  browser: Browser,
  student: BrowserContextOptions,
  runs: number,
): Promise<QuizPageSpeed[]> {
  const visits: QuizPageSpeed[] = [];
  for (let run = 0; run < runs; run++) {
    const attemptPath = await startPracticeAttempt(browser, student);
    visits.push(await measureQuizPage(browser, student, attemptPath, ANSWERS_PER_VISIT));
  }
  return visits;
}
