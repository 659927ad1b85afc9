import { bank, findFlashcard } from "@quizdeck/content/bank";
import { newMemory, scheduleReview } from "@quizdeck/core/scheduling";
import { describe, expect, it } from "vitest";
import { buildSessionCards, type DueMemory, intervalsFor } from "./build-queue";

const NOW = new Date("2026-03-02T10:00:00Z");
const HOUR = 3_600_000;
const DAY = 86_400_000;

function ids(count: number): string[] {
  const list = bank.flashcards.slice(0, count).map((card) => card.id);
  if (list.length < count) throw new Error("the bank has too few flashcards");
  return list;
}

/** A memory in the given state, due at `due`. */
function memory(itemId: string, rating: 1 | 3 | 4, due: Date): DueMemory {
  const reviewed = scheduleReview(newMemory(new Date(NOW.getTime() - 10 * DAY)), rating, NOW).next;
  return { itemId, ...reviewed, due };
}

describe("buildSessionCards", () => {
  it("orders learning cards, then review cards by due date, then new cards in bank order", () => {
    const [a, b, c, d, e, f] = ids(6) as [string, string, string, string, string, string];
    const review1 = memory(a, 4, new Date(NOW.getTime() + 2 * HOUR));
    const review2 = memory(b, 4, new Date(NOW.getTime() - DAY));
    const learning = memory(c, 1, new Date(NOW.getTime() - 60_000));
    expect(review1.state).toBe("review");
    expect(learning.state).toBe("learning");
    const cards = buildSessionCards([review1, review2, learning], [e, d, f], findFlashcard, NOW);
    expect(cards.map((card) => card.id)).toEqual([c, b, a, e, d, f]);
    expect(cards.map((card) => card.state)).toEqual([
      "learning",
      "review",
      "review",
      "new",
      "new",
      "new",
    ]);
  });

  it("gives each card the intervals of its own memory", () => {
    const [a, b] = ids(2) as [string, string];
    const review = memory(a, 4, NOW);
    const [reviewCard, newCard] = buildSessionCards([review], [b], findFlashcard, NOW);
    expect(newCard?.intervals).toEqual(intervalsFor(newMemory(NOW), NOW));
    expect(newCard?.intervals[1]).toMatch(/^\d+m$/);
    expect(reviewCard?.intervals).toEqual(intervalsFor(review, NOW));
    expect(reviewCard?.intervals[3]).toMatch(/^\d+(d|mo)$/);
    expect(newCard?.evidence.length).toBeGreaterThan(0);
    expect(newCard?.back).toBe(findFlashcard(b)?.back);
  });

  it("skips cards the bank no longer has, and duplicates", () => {
    const [a] = ids(1) as [string];
    const cards = buildSessionCards(
      [memory("c-retired", 4, NOW)],
      [a, a, "c-missing"],
      findFlashcard,
      NOW,
    );
    expect(cards.map((card) => card.id)).toEqual([a]);
  });
});
