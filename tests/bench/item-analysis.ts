import { itemAnalysis } from "@quizdeck/core/analysis";
import { assignmentQuestions } from "./support/bank-questions.ts";
import { type BenchResult, measureSync } from "./support/measure.ts";
import { syntheticAttempts } from "./support/synthetic-attempts.ts";

export const ANALYSIS_ATTEMPTS = 1000;

/** `itemAnalysis` alone (no database) over 1,000 synthetic attempts × 20 questions. */
export function benchItemAnalysis(): BenchResult {
  const questions = assignmentQuestions();
  const attempts = syntheticAttempts(questions, ANALYSIS_ATTEMPTS);
  const analysis = itemAnalysis(questions, attempts);
  if (analysis.examinees !== ANALYSIS_ATTEMPTS || analysis.items.length !== questions.length) {
    throw new Error("item analysis did not see every attempt and question");
  }
  return measureSync(
    `itemAnalysis: ${ANALYSIS_ATTEMPTS} attempts × ${questions.length} questions`,
    () => itemAnalysis(questions, attempts),
    { budgetMs: 1500, minSamples: 15, sampleMs: 0 },
  );
}
