import type { OrderingQuestion } from "@quizdeck/content/schema";
import type { GradeResultOf, PositionFeedback } from "./grade-result.ts";
import type { OrderingResponse } from "./response-schemas.ts";

/**
 * Ordering: the share of item pairs placed in the right relative order (one minus the
 * normalised Kendall tau distance). Of the n(n−1)/2 pairs of items, count those the
 * student put in the same relative order as the key. One misplaced item costs little:
 * with five items, swapping two neighbours scores 0.9 and moving the last item to the
 * front scores 0.6; the full reverse scores 0. The per-position feedback still marks
 * every position that does not hold its expected item.
 */
export function gradeOrdering(
  question: OrderingQuestion,
  response: OrderingResponse,
): GradeResultOf<"ordering"> {
  const parts = question.items.map((expected, index): PositionFeedback => {
    const given = response.order[index] ?? "";
    return { kind: "position", position: index + 1, given, expected, correct: given === expected };
  });
  const score = shareOfPairsInOrder(question.items, response.order);
  return { type: "ordering", score, correct: score === 1, parts };
}

/**
 * The share of pairs of `order` that keep the relative order they have in `key`;
 * `order` must be a permutation of `key`. Fewer than two items: 1.
 */
export function shareOfPairsInOrder(key: readonly string[], order: readonly string[]): number {
  const rank = new Map(key.map((item, index) => [item, index]));
  const ranks = order.map((item) => rank.get(item) ?? -1);
  const pairs = (ranks.length * (ranks.length - 1)) / 2;
  if (pairs === 0) return 1;
  let inOrder = 0;
  ranks.forEach((earlier, i) => {
    for (const later of ranks.slice(i + 1)) {
      if (earlier < later) inOrder++;
    }
  });
  return inOrder / pairs;
}
