import { describe, expect, it } from "vitest";
import { missedQuestionIds } from "../src/server-only/attempt/retry-missed.ts";

describe("missedQuestionIds", () => {
  it("keeps every question below full marks, unanswered ones included, in order", () => {
    expect(
      missedQuestionIds(
        ["q1", "q2", "q3", "q4"],
        [
          { questionId: "q1", score: 1 },
          { questionId: "q2", score: 0.5 },
          { questionId: "q4", score: 0 },
        ],
      ),
    ).toEqual(["q2", "q3", "q4"]);
    expect(missedQuestionIds(["q1"], [{ questionId: "q1", score: 1 }])).toEqual([]);
  });
});
