/** The longest quote a link may ask to highlight (evidence quotes are far shorter). */
export const MAX_QUOTE_LENGTH = 2_000;

export interface DeepLinkTarget {
  paragraphId: string;
  /** Where the quote sits in the paragraph's text; null: highlight the whole paragraph. */
  mark: { start: number; end: number } | null;
}

function firstValue(raw: string | string[] | undefined): string | undefined {
  return Array.isArray(raw) ? raw[0] : raw;
}

/**
 * Resolves `?p=p05&q=<quote>` against the article. The quote is marked only
 * where it appears verbatim in that paragraph; otherwise the paragraph as a
 * whole is the target. Without a valid `p`, the first paragraph holding the
 * quote verbatim is. Null when the link points nowhere.
 */
export function resolveDeepLink(
  paragraphs: readonly { id: string; text: string }[],
  rawParagraph: string | string[] | undefined,
  rawQuote: string | string[] | undefined,
): DeepLinkTarget | null {
  const paragraphId = firstValue(rawParagraph)?.trim();
  const quoteValue = firstValue(rawQuote);
  const quote =
    quoteValue !== undefined &&
    quoteValue.trim().length > 0 &&
    quoteValue.length <= MAX_QUOTE_LENGTH
      ? quoteValue
      : null;

  const named = paragraphs.find((paragraph) => paragraph.id === paragraphId);
  if (named) return { paragraphId: named.id, mark: quote ? findQuote(named.text, quote) : null };
  if (!quote) return null;
  for (const paragraph of paragraphs) {
    const mark = findQuote(paragraph.text, quote);
    if (mark) return { paragraphId: paragraph.id, mark };
  }
  return null;
}

/** Where `quote` first appears verbatim in `text` (surrounding spaces ignored), or null. */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const needle = quote.trim();
  if (needle.length === 0) return null;
  const start = text.indexOf(needle);
  return start === -1 ? null : { start, end: start + needle.length };
}

/** "p05" → 5: the paragraph number shown beside it. */
export function paragraphNumber(paragraphId: string): number {
  return Number(paragraphId.slice(1));
}
