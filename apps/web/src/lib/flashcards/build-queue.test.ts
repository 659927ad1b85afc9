import { bank, findFlashcard } from "@quizdeck/content/bank";
import {
  formatInterval,
  fuzzKeyFor,
  type MemorySnapshot,
  newMemory,
  type SchedulingOptions,
  scheduleReview,
} from "@quizdeck/core/scheduling";
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

  it("takes a teacher's card, with its source, from the look-up it is given", () => {
    const [b] = ids(1) as [string];
    const teachers = {
      id: "0193a000-0000-7000-8000-000000000001",
      front: "Where was the ferry kept?",
      back: "On the shore",
      evidence: [{ paragraphId: "p02", quote: "hauled onto the shore" }],
      source: { id: "source-1", title: "Ferry notes" },
    };
    const cards = buildSessionCards(
      [],
      [teachers.id, b],
      (id) => (id === teachers.id ? teachers : findFlashcard(id)),
      NOW,
    );
    expect(cards.map((card) => card.id)).toEqual([teachers.id, b]);
    expect(cards[0]).toMatchObject({ front: teachers.front, source: teachers.source });
    expect(cards[1]?.source).toBeNull();
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

describe("the rating buttons' intervals", () => {
  /** A card reviewed Good on three days: its next intervals are weeks, and depend on the model. */
  function mature(at: Date, options: SchedulingOptions): MemorySnapshot {
    let memory = newMemory(new Date(at.getTime() - 30 * DAY));
    for (const daysAgo of [30, 29.99, 25, 12]) {
      memory = scheduleReview(memory, 3, new Date(at.getTime() - daysAgo * DAY), options).next;
    }
    return memory;
  }

  it("say what a review now will schedule: the learner's days, target and the card's own fuzz", () => {
    const options = {
      timeZone: "Asia/Almaty",
      desiredRetention: 0.85,
      fuzzKey: fuzzKeyFor("u1", "c1"),
    };
    const memory = mature(NOW, options);
    const intervals = intervalsFor(memory, NOW, options);
    for (const rating of [2, 3, 4] as const) {
      const { scheduledDays } = scheduleReview(memory, rating, NOW, options);
      expect(intervals[rating]).toBe(
        scheduledDays < 30 ? `${scheduledDays}d` : `${Math.round(scheduledDays / 30)}mo`,
      );
    }
    expect(intervals[1]).toMatch(/^\d+m$/);
  });

  it("count whole learner days, not 24-hour periods, late in the evening", () => {
    const lateEvening = new Date("2026-03-02T22:30:00Z");
    const learning = scheduleReview(newMemory(lateEvening), 3, lateEvening).next;
    const after = new Date(learning.due.getTime() + 60_000);
    const { scheduledDays, next } = scheduleReview(learning, 3, after);
    // Due when the learner's day that many days on begins (4 a.m.): hours sooner than n × 24 h.
    expect(next.due.getTime() - after.getTime()).toBeLessThan(scheduledDays * DAY - 12 * HOUR);
    expect(intervalsFor(learning, after)[3]).toBe(`${scheduledDays}d`);
    expect(formatInterval(after, next.due)).not.toBe(`${scheduledDays}d`);
  });

  it("are shorter at a higher target recall", () => {
    const memory = mature(NOW, {});
    const days = (desiredRetention: number) =>
      Number.parseInt(intervalsFor(memory, NOW, { desiredRetention })[3], 10);
    expect(days(0.95)).toBeLessThan(days(0.8));
  });

  it("are worked out for each card with that card's scheduling", () => {
    const [a, b] = ids(2) as [string, string];
    const asked: string[] = [];
    const cards = buildSessionCards([memory(a, 4, NOW)], [b], findFlashcard, NOW, (cardId) => {
      asked.push(cardId);
      return { fuzzKey: fuzzKeyFor("u1", cardId) };
    });
    expect(asked).toEqual([a, b]);
    expect(cards[0]?.intervals).toEqual(
      intervalsFor(memory(a, 4, NOW), NOW, { fuzzKey: fuzzKeyFor("u1", a) }),
    );
  });
});
