import { describe, expect, it } from "vitest";
import { chooseAttempts } from "./attempt-choice.ts";
import { attempt, minutesLater, pick } from "./test-questions.ts";

const at = (userId: string, attemptId: string, minutes: number, score: number) =>
  attempt(userId, 1, [["q-a", score, pick("a")]], {
    attemptId,
    submittedAt: minutesLater(minutes),
  });

describe("chooseAttempts", () => {
  const attempts = [
    at("s1", "s1-c", 30, 0.9),
    at("s1", "s1-a", 10, 0.4),
    at("s1", "s1-b", 20, 0.9),
    at("s2", "s2-b", 5, 0.5),
    at("s2", "s2-a", 5, 0.7), // same minute as s2-b: the attempt id breaks the tie
  ];
  const ids = (choice: "first" | "best" | "all") =>
    chooseAttempts(attempts, choice).map((chosen) => chosen.attemptId);

  it("takes each student's first submission", () => {
    expect(ids("first")).toEqual(["s2-a", "s1-a"]);
  });

  it("takes each student's best score, the earliest on a tie", () => {
    expect(ids("best")).toEqual(["s2-a", "s1-b"]);
  });

  it("takes every attempt in submission order", () => {
    expect(ids("all")).toEqual(["s2-a", "s2-b", "s1-a", "s1-b", "s1-c"]);
  });
});
