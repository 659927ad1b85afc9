import { describe, expect, it } from "vitest";
import { HISTORY_MAX, historyLimit, moreHistoryHref } from "./history-paging";

describe("history paging", () => {
  it("reads the number of rows to show, falling back to the first page", () => {
    expect(historyLimit(undefined)).toBe(10);
    expect(historyLimit("30")).toBe(30);
    expect(historyLimit(["50", "70"])).toBe(50);
    expect(historyLimit("3")).toBe(10);
    expect(historyLimit("2.5")).toBe(10);
    expect(historyLimit("abc")).toBe(10);
    expect(historyLimit("100000")).toBe(HISTORY_MAX);
  });

  it("links to 20 more rows of one history, keeping the other", () => {
    expect(moreHistoryHref("answers", { answers: 10, reviews: 10 })).toBe(
      "/progress?answers=30#answer-history",
    );
    expect(moreHistoryHref("reviews", { answers: 30, reviews: 10 })).toBe(
      "/progress?answers=30&reviews=30#review-history",
    );
    expect(moreHistoryHref("answers", { answers: 190, reviews: 10 })).toBe(
      "/progress?answers=200#answer-history",
    );
  });
});
