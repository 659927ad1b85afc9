import { describe, expect, it } from "vitest";
import { findQuote, paragraphNumber, resolveDeepLink } from "./deep-link";

const paragraphs = [
  { id: "p01", text: "Russia is acting tough while operating from weakness." },
  { id: "p02", text: "NATO has kept the CSTO at arm’s length." },
  { id: "p03", text: "Again, NATO has kept the CSTO at bay." },
];

describe("resolveDeepLink", () => {
  it("marks a quote that is verbatim in the named paragraph", () => {
    expect(resolveDeepLink(paragraphs, "p02", "kept the CSTO at arm’s length")).toEqual({
      paragraphId: "p02",
      mark: { start: 9, end: 38 },
    });
  });

  it("highlights the whole paragraph when the quote is not verbatim there", () => {
    // Straight apostrophe instead of the article's curly one: not verbatim.
    expect(resolveDeepLink(paragraphs, "p02", "at arm's length")).toEqual({
      paragraphId: "p02",
      mark: null,
    });
    // Verbatim, but in another paragraph than the one named.
    expect(resolveDeepLink(paragraphs, "p01", "NATO has kept")).toEqual({
      paragraphId: "p01",
      mark: null,
    });
    expect(resolveDeepLink(paragraphs, "p03", undefined)).toEqual({
      paragraphId: "p03",
      mark: null,
    });
  });

  it("finds the quote's paragraph when none (or an unknown one) is named", () => {
    expect(resolveDeepLink(paragraphs, undefined, "at bay")).toEqual({
      paragraphId: "p03",
      mark: { start: 30, end: 36 },
    });
    expect(resolveDeepLink(paragraphs, "p99", "NATO has kept")?.paragraphId).toBe("p02");
    expect(resolveDeepLink(paragraphs, ["p01", "p02"], undefined)?.paragraphId).toBe("p01");
  });

  it("points nowhere for an unknown paragraph without a findable quote", () => {
    expect(resolveDeepLink(paragraphs, undefined, undefined)).toBeNull();
    expect(resolveDeepLink(paragraphs, "p99", undefined)).toBeNull();
    expect(resolveDeepLink(paragraphs, "p99", "not in the text")).toBeNull();
    expect(resolveDeepLink(paragraphs, undefined, "   ")).toBeNull();
    expect(resolveDeepLink(paragraphs, undefined, "x".repeat(3000))).toBeNull();
  });
});

describe("helpers", () => {
  it("finds a trimmed quote and numbers paragraphs", () => {
    expect(findQuote("one two three", " two ")).toEqual({ start: 4, end: 7 });
    expect(findQuote("one two three", "four")).toBeNull();
    expect(paragraphNumber("p05")).toBe(5);
    expect(paragraphNumber("p12")).toBe(12);
  });
});
