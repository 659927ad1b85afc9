import { PROGRESS_POLICY } from "@quizdeck/db/progress";

/** How many history rows the progress page shows at first, and how many more per "Show more". */
export const HISTORY_FIRST_PAGE = PROGRESS_POLICY.historyFirstPage;
export const HISTORY_STEP = PROGRESS_POLICY.historyStep;
export const HISTORY_MAX = PROGRESS_POLICY.historyPageMax;

/** The number of rows to show, from a query parameter (anything odd falls back to the first page). */
export function historyLimit(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  if (!Number.isInteger(value) || value < HISTORY_FIRST_PAGE) return HISTORY_FIRST_PAGE;
  return Math.min(value, HISTORY_MAX);
}

/** The link that shows `HISTORY_STEP` more rows of one history, keeping the other as it is. */
export function moreHistoryHref(
  which: "answers" | "reviews",
  shown: { answers: number; reviews: number },
): string {
  const next = { ...shown, [which]: Math.min(shown[which] + HISTORY_STEP, HISTORY_MAX) };
  const params = new URLSearchParams();
  if (next.answers !== HISTORY_FIRST_PAGE) params.set("answers", String(next.answers));
  if (next.reviews !== HISTORY_FIRST_PAGE) params.set("reviews", String(next.reviews));
  return `/progress?${params.toString()}#${which === "answers" ? "answer-history" : "review-history"}`;
}
