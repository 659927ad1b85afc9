import { article } from "@quizdeck/content/article";
import type { ImportResult } from "@quizdeck/content/import";
import { evidenceProblems } from "@quizdeck/content/validate";

/** The report's words for quotes that are not the bundled article's (a file from elsewhere). */
const QUOTES_NOT_KEPT =
  "its source quotes are not word for word in the bundled article, so they were not kept: it is ungrounded until you attach a quote";

/**
 * An import as the library will hold it: an item keeps its quotes only when
 * they are verbatim in the bundled article (its evidence names paragraphs of
 * no teacher source); otherwise it is ungrounded, and its report entry says so,
 * so the preview and loss report show exactly what saving will store.
 */
export function groundInArticle<
  R extends Pick<ImportResult, "questions" | "flashcards" | "report">,
>(result: R): R {
  const ungrounded = new Set<string>();
  const check = <T extends { id: string; evidence: { paragraphId: string; quote: string }[] }>(
    item: T,
  ): T => {
    if (item.evidence.length === 0 || evidenceProblems(item.evidence, article).length === 0) {
      return item;
    }
    ungrounded.add(item.id);
    return { ...item, evidence: [], grounded: false };
  };
  const questions = result.questions.map(check);
  const flashcards = result.flashcards.map(check);
  const report = result.report.map((entry) =>
    entry.itemId !== undefined && ungrounded.has(entry.itemId)
      ? { ...entry, outcome: "changed" as const, changes: [...entry.changes, QUOTES_NOT_KEPT] }
      : entry,
  );
  return { ...result, questions, flashcards, report };
}
