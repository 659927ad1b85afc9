import {
  MIN_LETTERS_FOR_TYPO,
  matchTypedAnswer,
  normalizeTypedAnswer,
} from "@quizdeck/core/grading";
import { describe, expect, it } from "vitest";

const accepts = (typed: string, accepted: string[]) => matchTypedAnswer(typed, accepted).accepted;

describe("normalizeTypedAnswer", () => {
  it("lower-cases, strips diacritics and punctuation, collapses whitespace", () => {
    expect(normalizeTypedAnswer("  Andrei   ZAGORSKÍ!  ")).toBe("andrei zagorski");
    expect(normalizeTypedAnswer("U.S.")).toBe("us");
    expect(normalizeTypedAnswer("Karimov's")).toBe("karimovs");
    expect(normalizeTypedAnswer("Ｃｏｌｌｅｃｔｉｖｅ")).toBe("collective"); // full-width letters
    expect(normalizeTypedAnswer("\tNATO\n–\u00a0CSTO ")).toBe("nato csto");
  });

  it("leaves nothing of blanks and punctuation", () => {
    expect(normalizeTypedAnswer("")).toBe("");
    expect(normalizeTypedAnswer("   ")).toBe("");
    expect(normalizeTypedAnswer("?!… --")).toBe("");
  });
});

describe("matchTypedAnswer", () => {
  it("ignores case", () => {
    expect(accepts("nato", ["NATO"])).toBe(true);
    expect(accepts("TASHKENT", ["Tashkent"])).toBe(true);
  });

  it("ignores surrounding and repeated inner whitespace", () => {
    const match = matchTypedAnswer("  Islam    Karimov ", ["Islam Karimov"]);
    expect(match).toEqual({ accepted: true, matchedAnswer: "Islam Karimov", typoForgiven: false });
  });

  it("ignores punctuation", () => {
    expect(accepts("US", ["U.S."])).toBe(true);
    expect(accepts("Kabul!", ["Kabul"])).toBe(true);
    expect(accepts("Karimovs", ["Karimov's"])).toBe(true);
    expect(accepts("NATO-CSTO", ["NATO–CSTO"])).toBe(true);
  });

  it("ignores diacritics, both ways", () => {
    expect(matchTypedAnswer("Zagorskí", ["Zagorski"])).toEqual({
      accepted: true,
      matchedAnswer: "Zagorski",
      typoForgiven: false,
    });
    expect(accepts("Zagorski", ["Zagorskí"])).toBe(true);
    // Decomposed input (i + combining acute) is the same answer.
    expect(accepts("Zagorski\u0301", ["Zagorski"])).toBe(true);
  });

  it("accepts any listed variant and reports which", () => {
    const variants = ["CSTO", "Collective Security Treaty Organization"];
    expect(matchTypedAnswer("collective security treaty organization", variants)).toEqual({
      accepted: true,
      matchedAnswer: "Collective Security Treaty Organization",
      typoForgiven: false,
    });
    expect(accepts("csto", variants)).toBe(true);
    expect(accepts("OTSC", variants)).toBe(false);
  });

  it("prefers an exact variant over a typo match of an earlier variant", () => {
    const match = matchTypedAnswer("Tajiks", ["Tajikz", "Tajiks"]);
    expect(match).toEqual({ accepted: true, matchedAnswer: "Tajiks", typoForgiven: false });
  });

  it(`forgives one typo when the accepted answer has ${MIN_LETTERS_FOR_TYPO}+ letters`, () => {
    expect(MIN_LETTERS_FOR_TYPO).toBe(6);
    const typo = { accepted: true, matchedAnswer: "Tashkent", typoForgiven: true };
    expect(matchTypedAnswer("Tashkant", ["Tashkent"])).toEqual(typo); // substitution
    expect(matchTypedAnswer("Tashkennt", ["Tashkent"])).toEqual(typo); // insertion
    expect(matchTypedAnswer("Tashknt", ["Tashkent"])).toEqual(typo); // deletion
    expect(matchTypedAnswer("Tahskent", ["Tashkent"])).toEqual(typo); // transposition
    expect(accepts("Rusia", ["Russia"])).toBe(true); // exactly six letters
    expect(accepts("Islam Karimvo", ["Islam Karimov"])).toBe(true);
    expect(accepts("NATO CSTO", ["NATO-CSTO"])).toBe(true); // a space is one insertion
  });

  it("counts letters of the accepted form, not its punctuation or spaces", () => {
    // "U.S.A.F." has 4 letters, so even a one-letter slip is refused.
    expect(accepts("USAG", ["U.S.A.F."])).toBe(false);
    // "Kyiv's" has 5 letters.
    expect(accepts("Kyivz", ["Kyiv's"])).toBe(false);
  });

  it("refuses one typo in a 5-letter answer", () => {
    expect(accepts("Kabol", ["Kabul"])).toBe(false);
    expect(accepts("Kbaul", ["Kabul"])).toBe(false);
    expect(accepts("Kabu", ["Kabul"])).toBe(false);
  });

  it("refuses two typos", () => {
    expect(accepts("Toshkant", ["Tashkent"])).toBe(false); // two substitutions
    expect(accepts("Tahskant", ["Tashkent"])).toBe(false); // transposition + substitution
    expect(accepts("Tashke", ["Tashkent"])).toBe(false); // two deletions
    expect(accepts("Zagrosky", ["Zagorski"])).toBe(false);
  });

  it("never forgives a typo in a number", () => {
    expect(accepts("2013", ["2014"])).toBe(false);
    expect(accepts("Resolution 1387", ["Resolution 1386"])).toBe(false);
    expect(accepts("Resolution 13866", ["Resolution 1386"])).toBe(false);
    expect(accepts("Resolutoin 1386", ["Resolution 1386"])).toBe(true); // the typo is in letters
  });

  it("never accepts an empty or punctuation-only answer", () => {
    expect(accepts("", ["Kabul"])).toBe(false);
    expect(accepts("    ", ["Kabul"])).toBe(false);
    expect(accepts("?!", ["Kabul"])).toBe(false);
    // Not even against an accepted answer that is itself only punctuation.
    expect(accepts("", ["—"])).toBe(false);
    expect(accepts("...", ["—"])).toBe(false);
    // Nor as a "typo" of a one-letter answer... which is too short anyway.
    expect(accepts(" ", ["a"])).toBe(false);
  });

  it("refuses unrelated answers, and lists with no variants", () => {
    expect(accepts("Bishkek", ["Tashkent"])).toBe(false);
    expect(accepts("Tashkent", [])).toBe(false);
  });

  it("handles a very long typed answer quickly", () => {
    const start = performance.now();
    expect(accepts("x".repeat(1_000_000), ["Tashkent"])).toBe(false);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
