/**
 * The link from a piece of evidence to the article page (or a teacher's source,
 * `/sources/<id>`), which scrolls to the paragraph and highlights the quote:
 * `/article?p=<paragraphId>&q=<quote>#<paragraphId>`. Quiz feedback and
 * flashcards alike link through it.
 */
export function evidenceHref(
  evidence: { paragraphId: string; quote: string },
  sourceId?: string,
): string {
  const params = new URLSearchParams({ p: evidence.paragraphId, q: evidence.quote });
  const page = sourceId ? `/sources/${encodeURIComponent(sourceId)}` : "/article";
  return `${page}?${params.toString()}#${encodeURIComponent(evidence.paragraphId)}`;
}
