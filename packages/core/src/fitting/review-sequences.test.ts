import { describe, expect, it } from "vitest";
import { learnerDays } from "../time/index.ts";
import { InvalidReviewLogError, type LoggedReview, reviewCount } from "./logged-review.ts";
import { reviewSequences } from "./review-sequences.ts";

const review = (
  itemId: string,
  at: string,
  rating: number,
  stateBefore: LoggedReview["stateBefore"],
  extra: Partial<LoggedReview> = {},
): LoggedReview => ({
  userId: "u1",
  itemId,
  rating,
  reviewedAt: new Date(at),
  stateBefore,
  ...extra,
});

// One card in Almaty (UTC+5): 21:00 and 21:10 on 10 March, 04:30 and 06:00 on
// 11 March (either side of UTC midnight, one learner day), then 17:00 on 14 March.
const card = [
  review("card-a", "2026-03-10T16:00:00Z", 3, "new"),
  review("card-a", "2026-03-10T16:10:00Z", 3, "learning"),
  review("card-a", "2026-03-10T23:30:00Z", 3, "review"),
  review("card-a", "2026-03-11T01:00:00Z", 2, "review"),
  review("card-a", "2026-03-14T12:00:00Z", 1, "review"),
];

describe("reviewSequences", () => {
  it("predicts each review on a later learner day, counting days in the learner's zone", () => {
    const almaty = learnerDays({ timeZone: "Asia/Almaty" });
    const sequences = reviewSequences([...card].reverse(), () => almaty);
    expect(sequences.map((sequence) => sequence.reviews)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
        { rating: 2, deltaT: 0 },
        { rating: 1, deltaT: 3 },
      ],
    ]);
    expect(sequences[1]?.reviewedAt).toEqual(new Date("2026-03-14T12:00:00Z"));
    // In UTC days (4 a.m. rollover) the first four reviews are one day, the last four days on.
    const utc = reviewSequences(card);
    expect(utc.map((sequence) => sequence.reviews.map((step) => step.deltaT))).toEqual([
      [0, 0, 0, 0, 4],
    ]);
  });

  it("leaves out undone reviews, starts at the item's latest first review, and keeps learners apart", () => {
    const log = [
      review("card-b", "2026-03-01T10:00:00Z", 3, "new"),
      review("card-b", "2026-03-03T10:00:00Z", 1, "review", { undoneAt: new Date() }),
      review("card-b", "2026-03-04T10:00:00Z", 3, "review"),
      // Reviews of an item whose first review is not in the log: dropped.
      review("card-c", "2026-03-04T10:00:00Z", 3, "review"),
      review("card-c", "2026-03-08T10:00:00Z", 3, "review"),
      // A second learner with the same card.
      { ...review("card-b", "2026-03-02T10:00:00Z", 4, "new"), userId: "u2" },
      { ...review("card-b", "2026-03-09T10:00:00Z", 3, "review"), userId: "u2" },
    ];
    const sequences = reviewSequences(log);
    expect(
      sequences.map((sequence) => [sequence.userId, sequence.itemId, sequence.reviews]),
    ).toEqual([
      [
        "u1",
        "card-b",
        [
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 3 },
        ],
      ],
      [
        "u2",
        "card-b",
        [
          { rating: 4, deltaT: 0 },
          { rating: 3, deltaT: 7 },
        ],
      ],
    ]);
    expect(reviewCount(log)).toBe(6);
  });

  it("refuses a row it cannot read, saying which and why", () => {
    expect(() => reviewSequences([review("card-d", "2026-03-01T10:00:00Z", 7, "new")])).toThrow(
      InvalidReviewLogError,
    );
    expect(() => reviewSequences([review("card-d", "2026-03-01T10:00:00Z", 7, "new")])).toThrow(
      /Review 0 \(item "card-d", user "u1"\) has rating 7; ratings are 1 to 4\./,
    );
    expect(() => reviewSequences([review("card-d", "not a date", 3, "new")])).toThrow(
      /no valid review time/,
    );
  });
});
