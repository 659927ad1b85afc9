import type { Question } from "@quizdeck/content/schema";
import type { QuestionVersion } from "@quizdeck/db/assignment";

/**
 * An assignment's questions for item analysis: those quoting a teacher's own
 * source keep no evidence here, so the article's paragraph accuracy counts
 * only questions on the article (paragraph p03 of a source is not the
 * article's p03).
 */
export function analysisQuestions(
  questions: readonly Question[],
  versions: ReadonlyMap<string, QuestionVersion>,
): Question[] {
  return questions.map((question) =>
    versions.get(question.id)?.source ? { ...question, evidence: [] } : question,
  );
}

/** "your question, version 1 (now 2)" for a teacher's question; empty for the bank's. */
export function versionLabel(version: QuestionVersion | undefined): string {
  if (!version) return "";
  const now =
    version.latestNumber > version.number
      ? `; edited since, now version ${version.latestNumber}`
      : "";
  return `your question, version ${version.number}${now}`;
}
