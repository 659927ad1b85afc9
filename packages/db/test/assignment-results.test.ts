import { itemAnalysis } from "@quizdeck/core/analysis";
import type { QuestionResponse } from "@quizdeck/core/grading";
import { expect, it } from "vitest";
import { NotFoundError } from "../src/errors.ts";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { getAssignmentResults } from "../src/server-only/assignment/get-assignment-results.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { submitAttempt } from "../src/server-only/attempt/submit-attempt.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { setStudentRemoved } from "../src/server-only/class/set-student-removed.ts";
import {
  questionOfType,
  rightAnswer,
  singleChoice,
  wrongSingleChoiceAnswer,
} from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const NOW = new Date("2026-09-01T09:00:00Z");
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);

describeEachBackend("getAssignmentResults", ({ db }) => {
  const choice = singleChoice();
  const matching = questionOfType("matching");
  const trueFalse = questionOfType("true-false");

  async function classWithAssignment(students: number) {
    const teacher = await createTestUser(db, "teacher");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Class" });
    const enrolled = [];
    for (let i = 0; i < students; i++) {
      const student = await createTestUser(db, "student");
      await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
      enrolled.push(student);
    }
    const assignment = await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Results",
      questionIds: [choice.id, matching.id, trueFalse.id],
      opensAt: hours(-1),
      answerRelease: "after_each_attempt",
    });
    return { teacher, klass, students: enrolled, assignment };
  }

  /** Starts an attempt at `at`, saves the answers, and submits it at `submitAt` unless null. */
  async function attempt(
    userId: string,
    assignmentId: string,
    answers: { questionId: string; response: unknown; timeSpentMs: number }[],
    at: Date,
    submitAt: Date | null,
  ) {
    const { attempt } = await startAttempt(db, {
      kind: "assignment",
      userId,
      assignmentId,
      now: at,
    });
    for (const answer of answers) {
      await recordResponse(db, {
        userId,
        attemptId: attempt.id,
        clientId: clientId(),
        now: at,
        ...answer,
      });
    }
    if (submitAt) await submitAttempt(db, { userId, attemptId: attempt.id, now: submitAt });
    return attempt.id;
  }

  /**
   * What the stored rows say, read through Prisma: the expected responses of an
   * attempt, the JSON only for questions with an answer distribution.
   */
  async function storedResponses(attemptId: string) {
    const rows = await db.response.findMany({ where: { attemptId } });
    return rows.map((row) => ({
      questionId: row.questionId,
      score: row.score,
      response: row.questionId === matching.id ? null : row.response,
      timeSpentMs: row.timeSpentMs,
    }));
  }

  const byQuestion = <R extends { questionId: string }>(responses: readonly R[]) =>
    [...responses].sort((a, b) => (a.questionId < b.questionId ? -1 : 1));

  it("returns each submitted attempt by enrolled students, in submission order, with its stored responses", async () => {
    const { teacher, klass, students, assignment } = await classWithAssignment(4);
    const [ana, ben, cai, dan] = students as [
      (typeof students)[0],
      (typeof students)[0],
      (typeof students)[0],
      (typeof students)[0],
    ];
    const full = [
      { questionId: choice.id, response: rightAnswer(choice), timeSpentMs: 1_500 },
      { questionId: matching.id, response: rightAnswer(matching), timeSpentMs: 42_000 },
      { questionId: trueFalse.id, response: rightAnswer(trueFalse), timeSpentMs: 0 },
    ];
    // Submitted later than Ben's although started first: order follows submission.
    const anaFirst = await attempt(ana.id, assignment.id, full, hours(0), hours(3));
    // Ben answers one question wrongly and skips the other two.
    const benOnly = await attempt(
      ben.id,
      assignment.id,
      [{ questionId: choice.id, response: wrongSingleChoiceAnswer(choice), timeSpentMs: 800 }],
      hours(1),
      hours(2),
    );
    const anaSecond = await attempt(ana.id, assignment.id, full.slice(1), hours(4), hours(5));
    // Cai submits an attempt with no answers at all, and leaves a second one open.
    const caiEmpty = await attempt(cai.id, assignment.id, [], hours(6), hours(6));
    await attempt(cai.id, assignment.id, full, hours(7), null);
    // Dan submits, then is removed from the class.
    await attempt(dan.id, assignment.id, full, hours(0), hours(1));
    await setStudentRemoved(db, {
      teacherId: teacher.id,
      classId: klass.id,
      studentId: dan.id,
      removed: true,
      now: hours(8),
    });

    const results = await getAssignmentResults(db, {
      teacherId: teacher.id,
      assignmentId: assignment.id,
    });
    expect(results.assignment).toMatchObject({ id: assignment.id, classId: klass.id });
    expect(results.attempts.map((a) => [a.attemptId, a.userId, a.submittedAt])).toEqual([
      [benOnly, ben.id, hours(2)],
      [anaFirst, ana.id, hours(3)],
      [anaSecond, ana.id, hours(5)],
      [caiEmpty, cai.id, hours(6)],
    ]);
    const scores = await db.attempt.findMany({ where: { assignmentId: assignment.id } });
    for (const result of results.attempts) {
      expect(result.score).toBe(scores.find((row) => row.id === result.attemptId)?.score);
      expect(byQuestion(result.responses)).toEqual(
        byQuestion(await storedResponses(result.attemptId)),
      );
    }
    // Item analysis reads the same from these as from every stored response in full.
    const everything = await Promise.all(
      results.attempts.map(async (result) => ({
        ...result,
        responses: (await db.response.findMany({ where: { attemptId: result.attemptId } })).map(
          (row) => ({ ...row, response: row.response as QuestionResponse }),
        ),
      })),
    );
    const questions = [choice, matching, trueFalse];
    expect(itemAnalysis(questions, results.attempts)).toEqual(itemAnalysis(questions, everything));
    const ben1 = results.attempts[0];
    expect(ben1?.responses).toEqual([
      {
        questionId: choice.id,
        score: 0,
        response: wrongSingleChoiceAnswer(choice),
        timeSpentMs: 800,
      },
    ]);
    expect(results.attempts[3]?.responses).toEqual([]);
    // The choice answers come back as stored; the matching one, which item analysis never reads, does not.
    expect(byQuestion(results.attempts[1]?.responses ?? [])).toEqual(
      byQuestion([
        { questionId: choice.id, score: 1, response: rightAnswer(choice), timeSpentMs: 1_500 },
        { questionId: matching.id, score: 1, response: null, timeSpentMs: 42_000 },
        { questionId: trueFalse.id, score: 1, response: rightAnswer(trueFalse), timeSpentMs: 0 },
      ]),
    );
  });

  it("orders attempts submitted at the same instant by id, and leaves out other assignments and practice", async () => {
    const { teacher, students, assignment, klass } = await classWithAssignment(2);
    const other = await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Other",
      questionIds: [choice.id],
      opensAt: hours(-1),
    });
    const answer = [{ questionId: choice.id, response: rightAnswer(choice), timeSpentMs: 10 }];
    const ids = [];
    for (const student of students) {
      ids.push(await attempt(student.id, assignment.id, answer, hours(0), hours(1)));
      await attempt(student.id, other.id, answer, hours(0), hours(1));
    }
    const first = students[0];
    if (!first) throw new Error("no student");
    const { attempt: practice } = await startAttempt(db, {
      kind: "practice",
      userId: first.id,
      questionIds: [choice.id],
      now: hours(0),
    });
    await submitAttempt(db, { userId: first.id, attemptId: practice.id, now: hours(1) });

    const results = await getAssignmentResults(db, {
      teacherId: teacher.id,
      assignmentId: assignment.id,
    });
    expect(results.attempts.map((a) => a.attemptId)).toEqual([...ids].sort());
  });

  it("refuses another teacher's assignment and one that does not exist", async () => {
    const { assignment } = await classWithAssignment(0);
    const stranger = await createTestUser(db, "teacher");
    await expect(
      getAssignmentResults(db, { teacherId: stranger.id, assignmentId: assignment.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getAssignmentResults(db, { teacherId: stranger.id, assignmentId: "no-such-assignment" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
