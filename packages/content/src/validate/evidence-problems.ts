import type { Article } from "../schema/article.ts";
import type { Evidence } from "../schema/evidence.ts";

/**
 * The verbatim rule of grounding: each quote must appear, character for
 * character, in the paragraph it cites. The bank's validator and the teacher's
 * authoring check both ask this one function.
 */
export function evidenceProblems(evidence: readonly Evidence[], source: Article): string[] {
  const paragraphs = new Map(source.paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
  return evidence.flatMap(({ paragraphId, quote }) => {
    const text = paragraphs.get(paragraphId);
    if (text === undefined) return [`evidence cites unknown paragraph ${paragraphId}`];
    if (!text.includes(quote)) return [`evidence is not verbatim in ${paragraphId}: "${quote}"`];
    return [];
  });
}
