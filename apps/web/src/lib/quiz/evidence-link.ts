/**
 * The link from a piece of evidence to the article page (or a teacher's source,
 * `/sources/<id>`), which scrolls to the paragraph and highlights the quote:
 * `/article?p=<paragraphId>&q=<quote>#<paragraphId>`.
 */
export function evidenceHref(paragraphId: string, quote: string, sourceId?: string): string {
  const page = sourceId ? `/sources/${encodeURIComponent(sourceId)}` : "/article";
  return `${page}?p=${encodeURIComponent(paragraphId)}&q=${encodeURIComponent(quote)}#${encodeURIComponent(paragraphId)}`;
}

/** "p07" → 7, for "paragraph 7" in link names. */
export function paragraphNumber(paragraphId: string): number {
  return Number(paragraphId.replace(/^p/, ""));
}
