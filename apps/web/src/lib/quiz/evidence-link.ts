/**
 * The link from a piece of evidence to the article page, which scrolls to the
 * paragraph and highlights the quote: `/article?p=<paragraphId>&q=<quote>#<paragraphId>`.
 */
export function evidenceHref(paragraphId: string, quote: string): string {
  return `/article?p=${encodeURIComponent(paragraphId)}&q=${encodeURIComponent(quote)}#${encodeURIComponent(paragraphId)}`;
}

/** "p07" → 7, for "paragraph 7" in link names. */
export function paragraphNumber(paragraphId: string): number {
  return Number(paragraphId.replace(/^p/, ""));
}
