import { optimalStringAlignmentDistance as distance } from "@quizdeck/core/grading";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("optimalStringAlignmentDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["abc", "abc", 0],
    ["abc", "abd", 1], // substitution
    ["abc", "abxc", 1], // insertion
    ["abc", "ac", 1], // deletion
    ["ab", "ba", 1], // transposition
    ["abcd", "acbd", 1], // inner transposition
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    // The "restricted" in restricted Damerau: a transposed pair is not edited again,
    // so this is 3, where unrestricted Damerau-Levenshtein gives 2.
    ["ca", "abc", 3],
    ["🙂", "🙃", 1], // code points, not UTF-16 units
    ["ä", "a", 1],
  ])("distance(%j, %j) = %i", (a, b, expected) => {
    expect(distance(a, b)).toBe(expected);
  });

  it("is zero exactly on equal strings, and symmetric", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(distance(a, a)).toBe(0);
        expect(distance(a, b) === 0).toBe(a === b);
        expect(distance(a, b)).toBe(distance(b, a));
      }),
    );
  });

  it("lies between the length difference and the longer length", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const d = distance(a, b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it("is at most 1 after any single edit", () => {
    const letter = fc.constantFrom(..."abcdefghij");
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("insert"), at: fc.nat(), char: letter }),
      fc.record({ kind: fc.constant("delete"), at: fc.nat() }),
      fc.record({ kind: fc.constant("substitute"), at: fc.nat(), char: letter }),
      fc.record({ kind: fc.constant("transpose"), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.string({ unit: letter, minLength: 2 }), edit, (word, change) => {
        const at = change.at % word.length;
        const before = word.slice(0, at);
        let edited: string;
        switch (change.kind) {
          case "insert":
            edited = before + change.char + word.slice(at);
            break;
          case "delete":
            edited = before + word.slice(at + 1);
            break;
          case "substitute":
            edited = before + change.char + word.slice(at + 1);
            break;
          case "transpose": {
            const i = Math.min(at, word.length - 2);
            edited = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
            break;
          }
        }
        expect(distance(word, edited)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
