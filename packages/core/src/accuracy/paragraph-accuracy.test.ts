import { describe, expect, it } from "vitest";
import { ACCURACY_BAND_LABELS, accuracyBand } from "./accuracy-band.ts";
import { paragraphAccuracy, paragraphsByItem, weakestParagraphs } from "./paragraph-accuracy.ts";
import { paragraphCoverage } from "./paragraph-coverage.ts";

const questions = [
  { id: "q-one", evidence: [{ paragraphId: "p02" }] },
  { id: "q-two", evidence: [{ paragraphId: "p02" }, { paragraphId: "p03" }] },
  // Two quotes from one paragraph: the paragraph counts once.
  { id: "q-three", evidence: [{ paragraphId: "p05" }, { paragraphId: "p05" }] },
];

describe("paragraphsByItem", () => {
  it("lists each item's distinct paragraphs in evidence order", () => {
    expect(Object.fromEntries(paragraphsByItem(questions))).toEqual({
      "q-one": ["p02"],
      "q-two": ["p02", "p03"],
      "q-three": ["p05"],
    });
  });
});

describe("paragraphAccuracy", () => {
  const map = paragraphsByItem(questions);

  it("averages the answers to every question drawing on a paragraph (hand-worked)", () => {
    const accuracy = paragraphAccuracy(
      [
        { questionId: "q-one", score: 1 },
        { questionId: "q-one", score: 0 }, // answered again in a later attempt
        { questionId: "q-two", score: 0.5 },
        { questionId: "q-three", score: 0.25 },
        { questionId: "q-retired", score: 1 }, // no longer in the bank: ignored
      ],
      map,
    );
    // p02: q-one 1, q-one 0, q-two 0.5 → 1.5 / 3 = 0.5
    // p03: q-two 0.5 → 0.5 ; p05: q-three 0.25 → 0.25 (once, though quoted twice)
    expect(Object.fromEntries(accuracy)).toEqual({
      p02: { answered: 3, meanScore: 0.5 },
      p03: { answered: 1, meanScore: 0.5 },
      p05: { answered: 1, meanScore: 0.25 },
    });
  });

  it("leaves unanswered paragraphs out and handles no answers at all", () => {
    expect(paragraphAccuracy([], map).size).toBe(0);
    const accuracy = paragraphAccuracy([{ questionId: "q-three", score: 1 }], map);
    expect(accuracy.has("p02")).toBe(false);
    expect(accuracy.get("p05")).toEqual({ answered: 1, meanScore: 1 });
  });

  it("ranks the weakest paragraphs: lowest mean, then more answers, then reading order", () => {
    const accuracy = new Map([
      ["p03", { answered: 1, meanScore: 0.5 }],
      ["p02", { answered: 3, meanScore: 0.5 }],
      ["p05", { answered: 1, meanScore: 0.25 }],
      ["p01", { answered: 2, meanScore: 1 }],
      ["p04", { answered: 0, meanScore: null }],
    ]);
    expect(weakestParagraphs(accuracy, 3).map((entry) => entry.paragraphId)).toEqual([
      "p05",
      "p02",
      "p03",
    ]);
    expect(weakestParagraphs(accuracy)).toHaveLength(4);
    expect(weakestParagraphs(accuracy, 0)).toEqual([]);
  });
});

describe("paragraphCoverage", () => {
  it("counts the questions and cards drawing on each paragraph, each item once", () => {
    const cards = [
      { id: "c-one", evidence: [{ paragraphId: "p03" }, { paragraphId: "p03" }] },
      { id: "c-two", evidence: [{ paragraphId: "p07" }] },
    ];
    expect(Object.fromEntries(paragraphCoverage(questions, cards))).toEqual({
      p02: { questions: 2, flashcards: 0 },
      p03: { questions: 1, flashcards: 1 },
      p05: { questions: 1, flashcards: 0 },
      p07: { questions: 0, flashcards: 1 },
    });
  });
});

describe("accuracyBand", () => {
  it("cuts bands on the percentage the learner reads", () => {
    expect(accuracyBand(null)).toBe("none");
    expect(accuracyBand(0)).toBe("weak");
    expect(accuracyBand(0.494)).toBe("weak");
    expect(accuracyBand(0.495)).toBe("fair"); // shown as 50%
    expect(accuracyBand(0.794)).toBe("fair"); // shown as 79%
    expect(accuracyBand(0.795)).toBe("strong"); // shown as 80%
    expect(accuracyBand(1)).toBe("strong");
    expect(ACCURACY_BAND_LABELS[accuracyBand(null)]).toBe("No answers yet");
  });
});
