import { expect, it } from "vitest";
import {
  ConflictError,
  DeadlinePassedError,
  InvalidInputError,
  NotFoundError,
} from "../src/errors.ts";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { getAttempt } from "../src/server-only/attempt/get-attempt.ts";
import { type AnswerNaming, recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { submitAttempt } from "../src/server-only/attempt/submit-attempt.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { getClassGradebook } from "../src/server-only/gradebook/get-class-gradebook.ts";
import {
  rightAnswer,
  singleChoice,
  someQuestionIds,
  wrongSingleChoiceAnswer,
} from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const T0 = new Date("2026-02-02T09:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describeEachBackend("attempts and responses", ({ db }) => {
  async function practice(options: { feedbackMode?: "immediate" | "after_submit" } = {}) {
    const student = await createTestUser(db, "student");
    const question = singleChoice();
    const { attempt } = await startAttempt(db, {
      kind: "practice",
      userId: student.id,
      questionIds: [question.id, ...someQuestionIds(4).filter((id) => id !== question.id)],
      feedbackMode: options.feedbackMode ?? "immediate",
      now: T0,
    });
    return { student, question, attempt };
  }

  async function classAssignment(settings: Partial<Parameters<typeof createAssignment>[1]> = {}) {
    const teacher = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Class" });
    await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
    const assignment = await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Reading check",
      questionIds: [
        singleChoice().id,
        ...someQuestionIds(3).filter((id) => id !== singleChoice().id),
      ],
      opensAt: minutes(-60),
      ...settings,
    });
    return { teacher, student, klass, assignment };
  }

  it("saves a graded answer and stores a retried save once", async () => {
    const { student, question, attempt } = await practice();
    const save = {
      userId: student.id,
      attemptId: attempt.id,
      questionId: question.id,
      clientId: clientId(),
      response: rightAnswer(question),
      timeSpentMs: 4200,
      now: minutes(1),
    };
    const first = await recordResponse(db, save);
    const retry = await recordResponse(db, save);
    expect(first.status).toBe("saved");
    expect(first.response.score).toBe(1);
    expect(retry.status).toBe("duplicate");
    expect(retry.response.id).toBe(first.response.id);
    expect(await db.response.count({ where: { attemptId: attempt.id } })).toBe(1);
  });

  it("stores concurrent retries of one save exactly once", async () => {
    const { student, question, attempt } = await practice();
    const save = {
      userId: student.id,
      attemptId: attempt.id,
      questionId: question.id,
      clientId: clientId(),
      response: rightAnswer(question),
      now: minutes(1),
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => recordResponse(db, save)));
    expect(results.filter((result) => result.status === "saved")).toHaveLength(1);
    expect(await db.response.count({ where: { attemptId: attempt.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);
  });

  it("rejects a malformed answer with a clear message and stores nothing", async () => {
    const { student, question, attempt } = await practice();
    const error = await recordResponse(db, {
      userId: student.id,
      attemptId: attempt.id,
      questionId: question.id,
      clientId: clientId(),
      response: { type: "single-choice", choiceId: "zz" },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toMatch(/choice/i);
    await expect(
      recordResponse(db, {
        userId: student.id,
        attemptId: attempt.id,
        questionId: question.id,
        clientId: "short",
        response: rightAnswer(question),
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.response.count({ where: { attemptId: attempt.id } })).toBe(0);
    expect(await db.itemMemory.count({ where: { userId: student.id } })).toBe(0);
  });

  it("refuses other people's attempts and questions outside the attempt", async () => {
    const { question, attempt } = await practice();
    const intruder = await createTestUser(db, "student");
    await expect(
      recordResponse(db, {
        userId: intruder.id,
        attemptId: attempt.id,
        questionId: question.id,
        clientId: clientId(),
        response: rightAnswer(question),
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getAttempt(db, { userId: intruder.id, attemptId: attempt.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordResponse(db, {
        userId: attempt.userId,
        attemptId: attempt.id,
        questionId: "q-not-in-attempt",
        clientId: clientId(),
        response: rightAnswer(question),
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reads the question and the response through the caller's naming (the player's opaque references)", async () => {
    const { question, attempt } = await practice();
    const references = new Map(attempt.questionIds.map((id, index) => [`ref-${index}`, id]));
    const byReference: AnswerNaming = {
      questionId: (_, reference) => references.get(reference) ?? null,
      // This client wraps its answers; the naming unwraps them before grading.
      response: (_, _question, response) => (response as { wrapped: unknown }).wrapped,
    };
    const reference = [...references].find(([, id]) => id === question.id)?.[0] ?? "";
    const saved = await recordResponse(
      db,
      {
        userId: attempt.userId,
        attemptId: attempt.id,
        questionId: reference,
        clientId: clientId(),
        response: { wrapped: rightAnswer(question) },
      },
      byReference,
    );
    expect(saved).toMatchObject({
      status: "saved",
      questionId: question.id,
      attempt: { id: attempt.id },
    });
    expect(saved.response.questionId).toBe(question.id);
    expect(saved.response.score).toBe(1);
    await expect(
      recordResponse(
        db,
        {
          userId: attempt.userId,
          attemptId: attempt.id,
          questionId: question.id,
          clientId: clientId(),
          response: rightAnswer(question),
        },
        byReference,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps immediate-feedback answers final, lets exam answers change, and ignores late stale revisions", async () => {
    const immediate = await practice();
    const base = {
      userId: immediate.student.id,
      attemptId: immediate.attempt.id,
      questionId: immediate.question.id,
    };
    await recordResponse(db, {
      ...base,
      clientId: clientId(),
      response: wrongSingleChoiceAnswer(immediate.question),
    });
    await expect(
      recordResponse(db, {
        ...base,
        clientId: clientId(),
        revision: 2,
        response: rightAnswer(immediate.question),
      }),
    ).rejects.toBeInstanceOf(ConflictError);

    const exam = await practice({ feedbackMode: "after_submit" });
    const examBase = {
      userId: exam.student.id,
      attemptId: exam.attempt.id,
      questionId: exam.question.id,
    };
    await recordResponse(db, {
      ...examBase,
      clientId: clientId(),
      revision: 1,
      response: wrongSingleChoiceAnswer(exam.question),
    });
    const changed = await recordResponse(db, {
      ...examBase,
      clientId: clientId(),
      revision: 3,
      response: rightAnswer(exam.question),
    });
    expect(changed.status).toBe("saved");
    const stale = await recordResponse(db, {
      ...examBase,
      clientId: clientId(),
      revision: 2,
      response: wrongSingleChoiceAnswer(exam.question),
    });
    expect(stale.status).toBe("stale");
    const stored = await db.response.findMany({ where: { attemptId: exam.attempt.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.score).toBe(1);
    expect(stored[0]?.revision).toBe(3);
    // Exam answers do not reach the memory model before submission.
    expect(await db.reviewLog.count({ where: { userId: exam.student.id } })).toBe(0);
  });

  it("grades a submit once, even when submitted twice at the same time", async () => {
    const { student, question, attempt } = await practice({ feedbackMode: "after_submit" });
    await recordResponse(db, {
      userId: student.id,
      attemptId: attempt.id,
      questionId: question.id,
      clientId: clientId(),
      response: rightAnswer(question),
      now: minutes(2),
    });
    const [a, b] = await Promise.all([
      submitAttempt(db, { userId: student.id, attemptId: attempt.id, now: minutes(3) }),
      submitAttempt(db, { userId: student.id, attemptId: attempt.id, now: minutes(3) }),
    ]);
    expect([a.alreadySubmitted, b.alreadySubmitted].sort()).toEqual([false, true]);
    expect(a.attempt.score).toBeCloseTo(1 / attempt.questionIds.length);
    expect(b.attempt.score).toBe(a.attempt.score);
    // The exam answer fed the memory model exactly once, at submission.
    expect(await db.reviewLog.count({ where: { userId: student.id, source: "quiz" } })).toBe(1);
    await expect(
      recordResponse(db, {
        userId: student.id,
        attemptId: attempt.id,
        questionId: attempt.questionIds[1] ?? "",
        clientId: clientId(),
        response: { type: "true-false", answer: true },
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("resumes an open assignment attempt, limits attempts and flags late work", async () => {
    const { teacher, student, klass, assignment } = await classAssignment({
      attemptsAllowed: 2,
      dueAt: minutes(60),
      allowLate: true,
    });
    const first = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: assignment.id,
      now: T0,
    });
    const resumed = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: assignment.id,
      now: minutes(1),
    });
    expect(resumed.resumed).toBe(true);
    expect(resumed.attempt.id).toBe(first.attempt.id);
    await submitAttempt(db, { userId: student.id, attemptId: first.attempt.id, now: minutes(5) });

    const second = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: assignment.id,
      now: minutes(90),
    });
    const question = singleChoice();
    await recordResponse(db, {
      userId: student.id,
      attemptId: second.attempt.id,
      questionId: question.id,
      clientId: clientId(),
      response: rightAnswer(question),
      now: minutes(91),
    });
    const submitted = await submitAttempt(db, {
      userId: student.id,
      attemptId: second.attempt.id,
      now: minutes(92),
    });
    expect(submitted.attempt.late).toBe(true);
    await expect(
      startAttempt(db, {
        kind: "assignment",
        userId: student.id,
        assignmentId: assignment.id,
        now: minutes(93),
      }),
    ).rejects.toThrow(/all 2 attempts/);

    const book = await getClassGradebook(db, { teacherId: teacher.id, classId: klass.id });
    const cell = book.rows[0]?.cells[assignment.id];
    expect(cell).toMatchObject({
      attempts: 2,
      late: true,
      best: submitted.attempt.score,
      last: submitted.attempt.score,
    });
  });

  it("refuses answers after the time limit, and students outside the class", async () => {
    const { student, assignment } = await classAssignment({ timeLimitMinutes: 10 });
    const outsider = await createTestUser(db, "student");
    await expect(
      startAttempt(db, {
        kind: "assignment",
        userId: outsider.id,
        assignmentId: assignment.id,
        now: T0,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const { attempt } = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: assignment.id,
      now: T0,
    });
    expect(attempt.deadlineAt).toEqual(minutes(10));
    const question = singleChoice();
    await expect(
      recordResponse(db, {
        userId: student.id,
        attemptId: attempt.id,
        questionId: question.id,
        clientId: clientId(),
        response: rightAnswer(question),
        now: minutes(11),
      }),
    ).rejects.toBeInstanceOf(DeadlinePassedError);
    expect(await db.response.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it("refuses to start before opening or after a strict due time", async () => {
    const early = await classAssignment({ opensAt: minutes(30) });
    await expect(
      startAttempt(db, {
        kind: "assignment",
        userId: early.student.id,
        assignmentId: early.assignment.id,
        now: T0,
      }),
    ).rejects.toThrow(/opens at/);
    const strict = await classAssignment({ dueAt: minutes(-1) });
    await expect(
      startAttempt(db, {
        kind: "assignment",
        userId: strict.student.id,
        assignmentId: strict.assignment.id,
        now: T0,
      }),
    ).rejects.toBeInstanceOf(DeadlinePassedError);
  });
});
