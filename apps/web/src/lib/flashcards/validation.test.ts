import { bank } from "@quizdeck/content/bank";
import { describe, expect, it } from "vitest";
import { describeIssues, reviewBodySchema, undoBodySchema } from "./api-schemas";
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

describe("request bodies", () => {
  it("accepts a well-formed rating and undo", () => {
    expect(
      reviewBodySchema.safeParse({ flashcardId: "c-x", rating: 4, clientId: "0123456789abcdef" })
        .success,
    ).toBe(true);
    expect(undoBodySchema.safeParse({ reviewLogId: "log-1" }).success).toBe(true);
  });

  it("names what is wrong with a bad one", () => {
    const bad = reviewBodySchema.safeParse({ flashcardId: 7, rating: 5, clientId: "short" });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    const { message, fieldErrors } = describeIssues(bad.error);
    expect(Object.keys(fieldErrors).sort()).toEqual(["clientId", "flashcardId", "rating"]);
    expect(message).toContain("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).");

    const notObject = reviewBodySchema.safeParse([1, 2]);
    expect(notObject.success).toBe(false);
    if (notObject.success) return;
    expect(describeIssues(notObject.error).message).toBe(
      "Send a JSON object with flashcardId, rating and clientId.",
    );
    expect(
      reviewBodySchema.safeParse({ flashcardId: "c-x", rating: "3", clientId: "0123456789abcdef" })
        .success,
    ).toBe(false);
    expect(
      reviewBodySchema.safeParse({ flashcardId: "c-x", rating: 3, clientId: "has spaces in it" })
        .success,
    ).toBe(false);
    expect(undoBodySchema.safeParse({}).success).toBe(false);
  });
});
