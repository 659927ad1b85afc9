import { describe, expect, it } from "vitest";
import { referenceRetrievability } from "../../test/support/fsrs6-reference.ts";
import { DEFAULT_WEIGHTS } from "../scheduling/index.ts";
import { mergeCalibrations, predictedRecalls, recallCalibration } from "./recall-calibration.ts";
import type { ReviewSequence } from "./review-sequences.ts";

const sequence = (reviews: [1 | 2 | 3 | 4, number][]): ReviewSequence => ({
  userId: "u1",
  itemId: "card",
  reviewedAt: new Date("2026-03-01T10:00:00Z"),
  reviews: reviews.map(([rating, deltaT]) => ({ rating, deltaT })),
});

describe("recall calibration", () => {
  it("predicts the forgetting curve after the history, in the weights' model", () => {
    const [twoDays, twentyDays] = predictedRecalls(
      [
        sequence([
          [3, 0],
          [3, 2],
        ]),
        sequence([
          [3, 0],
          [1, 20],
        ]),
      ],
      DEFAULT_WEIGHTS,
    );
    // After a first Good, S = w2; R follows FSRS-6's curve at t days.
    const goodStability = DEFAULT_WEIGHTS[2] as number;
    expect(twoDays).toBeCloseTo(referenceRetrievability(DEFAULT_WEIGHTS, 2, goodStability), 7);
    expect(twentyDays).toBeCloseTo(referenceRetrievability(DEFAULT_WEIGHTS, 20, goodStability), 7);
  });

  it("bins reviews by predicted recall and compares with what happened", () => {
    const sequences = [
      sequence([
        [3, 0],
        [3, 2],
      ]),
      sequence([
        [3, 0],
        [1, 2],
      ]),
      sequence([
        [3, 0],
        [1, 20],
      ]),
    ];
    const bins = recallCalibration(sequences, DEFAULT_WEIGHTS, { bins: 2, low: 0.5 });
    expect(bins.map((bin) => [bin.from, bin.to, bin.reviews, bin.actual])).toEqual([
      [0.5, 0.75, 1, 0],
      [0.75, 1, 2, 0.5],
    ]);
    expect(bins[1]?.predicted).toBeCloseTo(
      predictedRecalls(sequences, DEFAULT_WEIGHTS)[0] ?? 0,
      10,
    );
    expect(() => recallCalibration(sequences, DEFAULT_WEIGHTS, { bins: 0 })).toThrow(
      /1 to 100 bins/,
    );
  });
});

describe("merging calibrations", () => {
  const bin = (from: number, reviews: number, predicted: number | null, actual: number | null) => ({
    from,
    to: from + 0.5,
    reviews,
    predicted,
    actual,
  });

  it("adds the reviews and averages recall over them, bin by bin", () => {
    const merged = mergeCalibrations([
      [bin(0, 1, 0.2, 0), bin(0.5, 3, 0.9, 1)],
      [bin(0, 0, null, null), bin(0.5, 1, 0.7, 0)],
    ]);
    expect(merged.map((b) => [b.from, b.reviews])).toEqual([
      [0, 1],
      [0.5, 4],
    ]);
    expect(merged[0]?.predicted).toBeCloseTo(0.2, 10);
    expect(merged[1]?.predicted).toBeCloseTo((3 * 0.9 + 0.7) / 4, 10);
    expect(merged[1]?.actual).toBeCloseTo(0.75, 10);
    expect(mergeCalibrations([])).toEqual([]);
  });

  it("keeps an empty bin empty and refuses bins that differ", () => {
    expect(mergeCalibrations([[bin(0, 0, null, null)]])[0]).toEqual(bin(0, 0, null, null));
    expect(() => mergeCalibrations([[bin(0, 1, 0.5, 1)], [bin(0.5, 1, 0.5, 1)]])).toThrow(
      /bins are the same/,
    );
    expect(() =>
      mergeCalibrations([[bin(0, 1, 0.5, 1)], [bin(0, 1, 0.5, 1), bin(0.5, 1, 0.5, 1)]]),
    ).toThrow(/bins are the same/);
  });
});
