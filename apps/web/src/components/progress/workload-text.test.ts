import { describe, expect, it } from "vitest";
import {
  aboutReviews,
  choiceText,
  modelSourceText,
  roundReviews,
  summarizeWorkload,
} from "./workload-text";

const days = (values: number[]) =>
  values.map((expectedReviews, index) => ({
    dayKey: `2026-03-${String(index + 2).padStart(2, "0")}`,
    expectedReviews,
  }));

describe("the workload forecast in words", () => {
  it("rounds expected counts for people, never claiming a whole number it cannot know", () => {
    expect(roundReviews(12.37)).toBe(12.4);
    expect(aboutReviews(12.37)).toBe("about 12");
    expect(aboutReviews(0.4)).toBe("under 1");
    expect(aboutReviews(0.01)).toBe("none");
    // What the table shows as 1.0 is not "under 1" beside it, nor 0.0 "under 1".
    expect([roundReviews(0.97), aboutReviews(0.97)]).toEqual([1, "about 1"]);
    expect([roundReviews(0.949), aboutReviews(0.949)]).toEqual([0.9, "under 1"]);
    expect([roundReviews(0.049), aboutReviews(0.049)]).toEqual([0, "none"]);
  });

  it("sums up the chart: the total and the busiest day", () => {
    expect(summarizeWorkload(days([3.2, 10.6, 0.4]), 0.9)).toBe(
      "Expected flashcard reviews per day over the next 3 days at 90% target recall: about 14 in all, the most on Tue 3 Mar 2026 (about 11).",
    );
    expect(summarizeWorkload(days([0, 0]), 0.85)).toBe(
      "Expected flashcard reviews per day over the next 2 days at 85% target recall: none.",
    );
  });

  it("names each target's workload", () => {
    expect(choiceText(0.8, 380.4, 30)).toBe("80% — about 380 reviews in the next 30 days");
    expect(choiceText(0.95, 1.2, 30)).toBe("95% — about 1 review in the next 30 days");
    expect(choiceText(0.9, 0, 30)).toBe("90% — no reviews in the next 30 days");
  });

  it("says where the learner's weights come from", () => {
    expect(modelSourceText({ source: "student", reviews: 1842, className: null })).toBe(
      "fitted to your own 1,842 reviews",
    );
    expect(modelSourceText({ source: "class", reviews: 5020, className: "History 10B" })).toBe(
      "fitted to the 5,020 reviews of your class “History 10B”, until you have enough of your own",
    );
    expect(modelSourceText({ source: "default", reviews: 0, className: null })).toMatch(
      /^FSRS's standard parameters/,
    );
  });
});
