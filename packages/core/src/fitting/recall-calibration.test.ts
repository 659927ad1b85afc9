import { describe, expect, it } from "vitest";
import { referenceRetrievability } from "../../test/support/fsrs6-reference.ts";
import { DEFAULT_WEIGHTS } from "../scheduling/index.ts";
import { predictedRecalls, recallCalibration } from "./recall-calibration.ts";
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
