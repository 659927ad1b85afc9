import { describe, expect, it } from "vitest";
import { evidenceHref } from "../quiz/evidence-link";
import { type KeyInput, keyCommand } from "./keyboard";
import { formatDuration, plural, ratedAnnouncement, spellInterval } from "./wording";

describe("wording", () => {
  it("spells compact intervals out for the live region", () => {
    expect(spellInterval("1m")).toBe("1 minute");
    expect(spellInterval("10m")).toBe("10 minutes");
    expect(spellInterval("3h")).toBe("3 hours");
    expect(spellInterval("1d")).toBe("1 day");
    expect(spellInterval("4d")).toBe("4 days");
    expect(spellInterval("2mo")).toBe("2 months");
    expect(spellInterval("1.5y")).toBe("1.5 years");
    expect(spellInterval("soon")).toBe("soon");
    expect(ratedAnnouncement(3, "4d")).toBe("Rated Good — next in 4 days");
    expect(ratedAnnouncement(1, "1m")).toBe("Rated Again — next in 1 minute");
  });

  it("formats time spent and counts", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(44.6)).toBe("45 s");
    expect(formatDuration(120)).toBe("2 min");
    expect(formatDuration(185)).toBe("3 min 5 s");
    expect(formatDuration(3720)).toBe("1 h 2 min");
    expect(plural(1, "card")).toBe("1 card");
    expect(plural(3, "card")).toBe("3 cards");
  });

  it("links evidence to the article paragraph with the quote", () => {
    expect(evidenceHref({ paragraphId: "p03", quote: "acting tough & weak" })).toBe(
      "/article?p=p03&q=acting+tough+%26+weak#p03",
    );
  });

  it("links a teacher's card's evidence to the reader of their source", () => {
    expect(evidenceHref({ paragraphId: "p02", quote: "the ferry" }, "0193-src")).toBe(
      "/sources/0193-src?p=p02&q=the+ferry#p02",
    );
  });
});

describe("keyCommand", () => {
  const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    targetTag: "ARTICLE",
    targetEditable: false,
    ...extra,
  });
  const front = { hasCard: true, revealed: false, canUndo: true };
  const back = { hasCard: true, revealed: true, canUndo: true };

  it("shows the answer with Space, rates with 1–4 only once it is shown", () => {
    expect(keyCommand(key(" "), front)).toEqual({ type: "reveal" });
    expect(keyCommand(key(" "), back)).toBeNull();
    expect(keyCommand(key("3"), front)).toBeNull();
    expect(keyCommand(key("1"), back)).toEqual({ type: "rate", rating: 1 });
    expect(keyCommand(key("4"), back)).toEqual({ type: "rate", rating: 4 });
    expect(keyCommand(key("5"), back)).toBeNull();
  });

  it("undoes with U, Ctrl+Z and ⌘Z when there is something to undo", () => {
    expect(keyCommand(key("u"), back)).toEqual({ type: "undo" });
    expect(keyCommand(key("U"), front)).toEqual({ type: "undo" });
    expect(keyCommand(key("z", { ctrlKey: true }), front)).toEqual({ type: "undo" });
    expect(keyCommand(key("z", { metaKey: true }), front)).toEqual({ type: "undo" });
    expect(keyCommand(key("z", { ctrlKey: true, shiftKey: true }), front)).toBeNull();
    expect(keyCommand(key("u"), { ...front, canUndo: false })).toBeNull();
    expect(keyCommand(key("U", { shiftKey: true }), front)).toBeNull();
  });

  it("leaves typing, modified keys and Space on buttons alone", () => {
    expect(keyCommand(key("1", { targetTag: "INPUT" }), back)).toBeNull();
    expect(keyCommand(key("u", { targetTag: "SELECT" }), back)).toBeNull();
    expect(keyCommand(key("z", { ctrlKey: true, targetEditable: true }), back)).toBeNull();
    expect(keyCommand(key(" ", { targetTag: "BUTTON" }), front)).toBeNull();
    expect(keyCommand(key("2", { altKey: true }), back)).toBeNull();
    expect(keyCommand(key("2", { targetTag: "BUTTON" }), back)).toEqual({
      type: "rate",
      rating: 2,
    });
    expect(keyCommand(key(" "), { hasCard: false, revealed: false, canUndo: false })).toBeNull();
  });
});

describe("dueNext", () => {
  it("prefers cards due now, then the earliest card or new-card time", async () => {
    const { dueNext } = await import("./due-next");
    const none = { dueNowCount: 0, nextDueAt: null, learningAt: null, newCardsAt: null };
    expect(dueNext({ ...none, dueNowCount: 2, nextDueAt: 5 })).toEqual({ kind: "now", count: 2 });
    expect(dueNext({ ...none, nextDueAt: 50, learningAt: 20 })).toEqual({
      kind: "later",
      at: 20,
      what: "card",
    });
    expect(dueNext({ ...none, nextDueAt: 50, newCardsAt: 30 })).toEqual({
      kind: "later",
      at: 30,
      what: "new-cards",
    });
    expect(dueNext({ ...none, nextDueAt: 30, newCardsAt: 30 })).toMatchObject({ what: "card" });
    expect(dueNext(none)).toEqual({ kind: "nothing" });
  });
});

describe("formatWhen", () => {
  it("names the day, time and zone", async () => {
    const { formatWhen } = await import("./wording");
    const at = new Date("2026-03-02T10:10:00Z");
    expect(formatWhen(at, "UTC")).toBe("2 Mar 2026, 10:10 UTC");
    expect(formatWhen(at, "Asia/Tashkent")).toMatch(/^2 Mar 2026, 15:10 /);
  });
});
