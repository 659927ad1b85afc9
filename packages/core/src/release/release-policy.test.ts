import { describe, expect, it } from "vitest";
import {
  assignmentAnswersVisible,
  attemptReleaseTimes,
  type StudentRelease,
} from "./release-policy.ts";
import { studentTerms } from "./student-terms.ts";

const day = (n: number) => new Date(Date.UTC(2026, 4, n, 9));
const base: StudentRelease = {
  answerRelease: "after_due",
  answersReleaseAt: null,
  scoreRelease: "after_each_attempt",
  scoreReleaseAt: null,
  dueAt: day(12),
  closedAt: null,
  attemptsAllowed: 2,
  allowLate: false,
};
const first = { startedAt: day(1), submittedAt: day(2) };
const second = { startedAt: day(3), submittedAt: day(4) };

describe("attemptReleaseTimes", () => {
  it("releases answers at each answer, at each submission, or at the due time", () => {
    expect(
      attemptReleaseTimes({ ...base, answerRelease: "after_each_answer" }, first, [first]),
    ).toEqual({ answersAt: day(1), scoreAt: day(2) });
    expect(
      attemptReleaseTimes({ ...base, answerRelease: "after_each_attempt" }, first, [first])
        .answersAt,
    ).toEqual(day(2));
    expect(attemptReleaseTimes(base, first, [first]).answersAt).toEqual(day(12));
  });

  it("without a due time, 'after the due date' means when the assignment is closed", () => {
    const open = { ...base, dueAt: null };
    expect(attemptReleaseTimes(open, first, [first]).answersAt).toBeNull();
    expect(attemptReleaseTimes({ ...open, closedAt: day(20) }, first, [first]).answersAt).toEqual(
      day(20),
    );
  });

  it("after the last attempt: only once every allowed attempt is submitted", () => {
    const last = { ...base, answerRelease: "after_last_attempt" as const };
    expect(attemptReleaseTimes(last, first, [first]).answersAt).toBeNull();
    const open = { startedAt: day(3), submittedAt: null };
    expect(attemptReleaseTimes(last, first, [first, open]).answersAt).toBeNull();
    expect(attemptReleaseTimes(last, first, [first, second]).answersAt).toEqual(day(4));
    expect(
      attemptReleaseTimes({ ...last, attemptsAllowed: null }, first, [first]).answersAt,
    ).toBeNull();
  });

  it("on a date, never, and the score on its own schedule", () => {
    expect(
      attemptReleaseTimes({ ...base, answerRelease: "on_date", answersReleaseAt: day(30) }, first, [
        first,
      ]),
    ).toEqual({ answersAt: day(30), scoreAt: day(2) });
    expect(
      attemptReleaseTimes(
        { ...base, answerRelease: "never", scoreRelease: "on_date", scoreReleaseAt: day(15) },
        first,
        [first],
      ),
    ).toEqual({ answersAt: null, scoreAt: day(15) });
    expect(
      attemptReleaseTimes({ ...base, scoreRelease: "after_due" }, first, [first]).scoreAt,
    ).toEqual(day(12));
  });
});

describe("assignmentAnswersVisible", () => {
  it("is false before any date has come; open from the start with feedback after each answer, after each attempt once one is in", () => {
    expect(assignmentAnswersVisible(base, [], day(11))).toBe(false);
    expect(assignmentAnswersVisible(base, [], day(12))).toBe(true);
    const perAnswer = { ...base, answerRelease: "after_each_answer" as const };
    expect(assignmentAnswersVisible(perAnswer, [], day(1))).toBe(true);
    const perAttempt = { ...base, answerRelease: "after_each_attempt" as const };
    // A drawn exam's unseen questions stay closed while an attempt is left.
    expect(assignmentAnswersVisible(perAttempt, [first], day(40))).toBe(false);
    expect(assignmentAnswersVisible(perAttempt, [first, second], day(4))).toBe(true);
    expect(assignmentAnswersVisible(perAttempt, [], day(40))).toBe(false);
    expect(assignmentAnswersVisible({ ...perAttempt, closedAt: day(20) }, [], day(40))).toBe(true);
    expect(assignmentAnswersVisible({ ...base, answerRelease: "never" }, [first], day(40))).toBe(
      false,
    );
  });
});

describe("late work", () => {
  it("keeps the key after the due date while the student can still hand in late", () => {
    const late = { ...base, allowLate: true };
    expect(assignmentAnswersVisible(late, [], day(30))).toBe(false);
    expect(assignmentAnswersVisible(late, [first], day(30))).toBe(false);
    expect(assignmentAnswersVisible(late, [first, second], day(11))).toBe(false);
    expect(assignmentAnswersVisible(late, [first, second], day(12))).toBe(true);
    expect(assignmentAnswersVisible({ ...late, closedAt: day(20) }, [], day(20))).toBe(true);
  });
});

describe("studentTerms", () => {
  const assignment = { dueAt: day(12), attemptsAllowed: 1, timeLimitSeconds: 1200 };
  it("applies a later due time, extra attempts and extra time", () => {
    expect(studentTerms(assignment, null)).toEqual(assignment);
    expect(
      studentTerms(assignment, {
        dueAt: day(14),
        extraAttempts: 1,
        timeMultiplier: 1.5,
        extraMinutes: 5,
      }),
    ).toEqual({ dueAt: day(14), attemptsAllowed: 2, timeLimitSeconds: 2100 });
    expect(
      studentTerms(
        { dueAt: null, attemptsAllowed: null, timeLimitSeconds: null },
        { dueAt: null, extraAttempts: 3, timeMultiplier: 2, extraMinutes: 10 },
      ),
    ).toEqual({ dueAt: null, attemptsAllowed: null, timeLimitSeconds: null });
  });
});
