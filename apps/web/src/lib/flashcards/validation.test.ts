import { bank } from "@quizdeck/content/bank";
import { describe, expect, it } from "vitest";
import { flashcardSets, readScope } from "./load-queue";

describe("readScope", () => {
  it("means all cards without a set, and a set with flashcards otherwise", () => {
    expect(readScope(undefined)).toEqual({ ok: true, set: null });
    expect(readScope("")).toEqual({ ok: true, set: null });
    const set = flashcardSets()[0];
    if (!set) throw new Error("the bank has no set with flashcards");
    expect(readScope(set.id)).toEqual({ ok: true, set });
  });

  it("explains unknown sets, sets without flashcards and repeated parameters", () => {
    expect(readScope("s-nope")).toEqual({ ok: false, message: "There is no set called “s-nope”." });
    expect(readScope("x".repeat(500))).toMatchObject({ ok: false });
    expect((readScope("x".repeat(500)) as { message: string }).message.length).toBeLessThan(100);
    expect(readScope(["a", "b"])).toEqual({ ok: false, message: "Choose one set at a time." });
    const questionsOnly = bank.sets.find((candidate) => candidate.flashcardIds.length === 0);
    if (questionsOnly) {
      expect(readScope(questionsOnly.id)).toMatchObject({ ok: false });
    }
  });
});
