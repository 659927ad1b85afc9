import { bank } from "@quizdeck/content/bank";
import { expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../src/errors.ts";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { getStudentAssignment } from "../src/server-only/assignment/get-student-assignment.ts";
import { listStudentAssignments } from "../src/server-only/assignment/list-student-assignments.ts";
import { setAccommodation } from "../src/server-only/assignment/set-accommodation.ts";
import { setAssignmentClosed } from "../src/server-only/assignment/set-assignment-closed.ts";
import { updateAssignment } from "../src/server-only/assignment/update-assignment.ts";
import { getAttempt } from "../src/server-only/attempt/get-attempt.ts";
import { listRecentAttempts } from "../src/server-only/attempt/list-recent-attempts.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { retryMissed } from "../src/server-only/attempt/retry-missed.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { startPractice } from "../src/server-only/attempt/start-practice.ts";
import { submitAttempt } from "../src/server-only/attempt/submit-attempt.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { setStudentRemoved } from "../src/server-only/class/set-student-removed.ts";
import { getClassMemories } from "../src/server-only/progress/get-class-memories.ts";
import { getProgressSeries } from "../src/server-only/progress/get-progress-series.ts";
import { getTopicMastery } from "../src/server-only/progress/get-topic-mastery.ts";
import { listAnswerHistory } from "../src/server-only/progress/list-answer-history.ts";
import { rightAnswer, someQuestionIds } from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const T0 = new Date("2026-05-01T09:00:00Z");
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);

describeEachBackend("answer release, accommodations and ended access", ({ db }) => {
  async function exam(settings: Partial<Parameters<typeof createAssignment>[1]> = {}) {
    const teacher = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Exam class" });
    await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
    const questionIds = someQuestionIds(3);
    const assignment = await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Exam",
      questionIds,
      opensAt: T0,
      dueAt: days(10),
      attemptsAllowed: 1,
      ...settings,
    });
    return { teacher, student, klass, assignment, questionIds };
  }

  async function takeAndSubmit(studentId: string, assignmentId: string, at: Date) {
    const { attempt } = await startAttempt(db, {
      kind: "assignment",
      userId: studentId,
      assignmentId,
      now: at,
    });
    const questionId = attempt.questionIds[0] as string;
    const question = bank.questions.find((candidate) => candidate.id === questionId);
    if (!question) throw new Error("fixture");
    await recordResponse(db, {
      userId: studentId,
      attemptId: attempt.id,
      questionId,
      clientId: clientId(),
      response: rightAnswer(question),
      now: at,
    });
    return submitAttempt(db, { userId: studentId, attemptId: attempt.id, now: at });
  }

  it("a new assignment shows answers after the due date: not before, and then everywhere", async () => {
    const { teacher, klass, student, assignment } = await exam();
    expect(assignment.answerRelease).toBe("after_due");
    const submitted = await takeAndSubmit(student.id, assignment.id, days(1));
    // The score is released on submission by default; the answers are not.
    expect(submitted.shownScore).not.toBeNull();
    const before = await getAttempt(db, {
      userId: student.id,
      attemptId: submitted.attempt.id,
      now: days(2),
    });
    expect(before).toMatchObject({ answersVisible: false, scoreVisible: true });
    expect((await listAnswerHistory(db, { userId: student.id, now: days(2) })).answers).toEqual([]);
    await expect(
      retryMissed(db, { userId: student.id, attemptId: submitted.attempt.id, now: days(2) }),
    ).rejects.toThrow(/once the answers are shown/);
    // Mastery counts the answered exam question for the teacher, not for the learner yet.
    const met = async (audience: "learner" | "teacher", now: Date) =>
      (
        await getTopicMastery(db, {
          userId: student.id,
          teacherView:
            audience === "teacher" ? { teacherId: teacher.id, classId: klass.id } : undefined,
          now,
        })
      ).tags.reduce((sum, tag) => sum + tag.met, 0);
    expect(await met("learner", days(2))).toBe(0);
    expect(await met("teacher", days(2))).toBeGreaterThan(0);
    expect(await met("learner", days(10))).toBe(await met("teacher", days(10)));
    // The teacher's view is a teacher's of this student's class only.
    const stranger = await createTestUser(db, "teacher");
    const otherClass = await createClass(db, { teacherId: stranger.id, name: "Elsewhere" });
    for (const teacherView of [
      { teacherId: stranger.id, classId: klass.id },
      { teacherId: stranger.id, classId: otherClass.id },
      { teacherId: student.id, classId: klass.id },
    ]) {
      await expect(
        getTopicMastery(db, { userId: student.id, teacherView, now: days(2) }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        getProgressSeries(db, { userId: student.id, teacherView, now: days(2) }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    // A teacher account and class of the student's own making sees nothing of the exam before
    // its answers are out: neither in the student's mastery nor in class memory.
    const puppet = await createTestUser(db, "teacher");
    const puppetClass = await createClass(db, { teacherId: puppet.id, name: "Mine" });
    await joinClass(db, { studentId: student.id, joinCode: puppetClass.joinCode });
    const puppetView = { teacherId: puppet.id, classId: puppetClass.id };
    const examQuestion = submitted.attempt.questionIds[0] as string;
    const metThrough = async (teacherView: { teacherId: string; classId: string }, now: Date) =>
      (await getTopicMastery(db, { userId: student.id, teacherView, now })).tags.reduce(
        (sum, tag) => sum + tag.met,
        0,
      );
    expect(await metThrough(puppetView, days(2))).toBe(0);
    const remembered = async (teacherId: string, classId: string, now: Date) => {
      const memories = await getClassMemories(db, { teacherId, classId, now });
      const mine = memories.students.find((entry) => entry.id === student.id);
      return {
        memory: mine?.memories.has(examQuestion),
        recalled: mine?.recalled.has(examQuestion),
      };
    };
    expect(await remembered(puppet.id, puppetClass.id, days(2))).toEqual({
      memory: false,
      recalled: false,
    });
    expect(await remembered(teacher.id, klass.id, days(2))).toEqual({
      memory: true,
      recalled: true,
    });
    expect(await metThrough(puppetView, days(10))).toBe(await met("teacher", days(10)));
    expect((await remembered(puppet.id, puppetClass.id, days(10))).memory).toBe(true);

    const after = await getAttempt(db, {
      userId: student.id,
      attemptId: submitted.attempt.id,
      now: days(10),
    });
    expect(after.answersVisible).toBe(true);
    expect(
      (await listAnswerHistory(db, { userId: student.id, now: days(10) })).answers,
    ).toHaveLength(1);
  });

  it("holds an assignment's score back while another assignment still withholds one of its questions", async () => {
    const { teacher, student, klass, assignment, questionIds } = await exam({
      answerRelease: "after_each_attempt",
    });
    // A second exam of the class asks one of the same questions and shows nothing until its due date.
    await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Later exam",
      questionIds: questionIds.slice(0, 1),
      opensAt: T0,
      dueAt: days(20),
    });
    const submitted = await takeAndSubmit(student.id, assignment.id, days(1));
    const view = await getAttempt(db, {
      userId: student.id,
      attemptId: submitted.attempt.id,
      now: days(2),
    });
    // The total beside the other questions' marks would tell the withheld question's mark.
    expect(view).toMatchObject({ answersVisible: true, scoreVisible: false });
    expect(view.withheldQuestionIds).toEqual(questionIds.slice(0, 1));
    // Nor in any other view of the score: the submit's reply, the lists, the assignment page.
    expect(submitted.shownScore).toBeNull();
    const recent = await listRecentAttempts(db, { userId: student.id, now: days(2) });
    expect(recent.finished.map((attempt) => attempt.score)).toEqual([null]);
    const listed = await listStudentAssignments(db, { studentId: student.id, now: days(2) });
    expect(listed.find((entry) => entry.id === assignment.id)?.bestScore).toBeNull();
    const page = await getStudentAssignment(db, {
      studentId: student.id,
      assignmentId: assignment.id,
      now: days(2),
    });
    expect(page.attempts.map((attempt) => attempt.score)).toEqual([null]);
    // Once the other exam's answers are out, the score shows everywhere.
    const later = await listRecentAttempts(db, { userId: student.id, now: days(21) });
    expect(later.finished[0]?.score).not.toBeNull();
  });

  it("keeps the score hidden when the teacher releases it later, in every student view", async () => {
    const { student, assignment } = await exam({
      scoreRelease: "on_date",
      scoreReleaseAt: days(20),
    });
    const submitted = await takeAndSubmit(student.id, assignment.id, days(1));
    expect(submitted.shownScore).toBeNull();
    const view = await getStudentAssignment(db, {
      studentId: student.id,
      assignmentId: assignment.id,
      now: days(5),
    });
    expect(view.attempts[0]?.score).toBeNull();
    const list = await listStudentAssignments(db, { studentId: student.id, now: days(5) });
    expect(list.find((row) => row.id === assignment.id)?.bestScore).toBeNull();
    const later = await getStudentAssignment(db, {
      studentId: student.id,
      assignmentId: assignment.id,
      now: days(21),
    });
    expect(later.attempts[0]?.score).toBe(submitted.attempt.score);
  });

  it("moves release times when the teacher changes the settings", async () => {
    const { teacher, student, assignment } = await exam({ answerRelease: "never" });
    const { attempt } = await takeAndSubmit(student.id, assignment.id, days(1));
    expect(
      (await getAttempt(db, { userId: student.id, attemptId: attempt.id, now: days(30) }))
        .answersVisible,
    ).toBe(false);
    await updateAssignment(db, {
      teacherId: teacher.id,
      assignmentId: assignment.id,
      title: "Exam",
      opensAt: T0,
      dueAt: days(10),
      attemptsAllowed: 1,
      answerRelease: "after_each_attempt",
    });
    expect(
      (await getAttempt(db, { userId: student.id, attemptId: attempt.id, now: days(2) }))
        .answersVisible,
    ).toBe(true);
  });

  it("releases after the last attempt only once it is used", async () => {
    const { student, assignment } = await exam({
      answerRelease: "after_last_attempt",
      attemptsAllowed: 2,
    });
    const first = await takeAndSubmit(student.id, assignment.id, days(1));
    expect(
      (await getAttempt(db, { userId: student.id, attemptId: first.attempt.id, now: days(2) }))
        .answersVisible,
    ).toBe(false);
    await takeAndSubmit(student.id, assignment.id, days(3));
    expect(
      (await getAttempt(db, { userId: student.id, attemptId: first.attempt.id, now: days(3) }))
        .answersVisible,
    ).toBe(true);
  });

  it("never lets practice show the questions of an unreleased assignment, by set or by filter", async () => {
    const { student, assignment, questionIds } = await exam();
    const byFilter = await startPractice(db, {
      userId: student.id,
      filter: { tags: [], types: [], difficulties: [], levels: [], paragraphIds: [] },
      count: 20,
      now: days(1),
    });
    expect(byFilter.attempt.questionIds.some((id) => questionIds.includes(id))).toBe(false);
    const set = bank.sets.find((candidate) =>
      candidate.questionIds.includes(questionIds[0] as string),
    );
    if (set) {
      const bySet = await startPractice(db, { userId: student.id, setId: set.id, now: days(1) });
      expect(bySet.attempt.questionIds.some((id) => questionIds.includes(id))).toBe(false);
    }
    // Once the answers are out, practice may use them again.
    const later = await startPractice(db, {
      userId: student.id,
      filter: { tags: [], types: [], difficulties: [], levels: [], paragraphIds: [] },
      count: 20,
      now: days(11),
    });
    expect(later.attempt.questionIds.length).toBeGreaterThan(0);
    expect(assignment.questionIds).toEqual(questionIds);
  });

  it("refuses immediate feedback on an exam's question until the exam's answers are out for that student, their later due time included", async () => {
    const teacher = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Feedback class" });
    await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
    const [onDate, afterDue] = someQuestionIds(2);
    if (!onDate || !afterDue) throw new Error("fixture");
    // Practice started before either exam was assigned, so it holds both questions.
    const { attempt: practice } = await startAttempt(db, {
      kind: "practice",
      userId: student.id,
      questionIds: [onDate, afterDue],
      feedbackMode: "immediate",
      now: T0,
    });
    const exam = (questionId: string, settings: Partial<Parameters<typeof createAssignment>[1]>) =>
      createAssignment(db, {
        teacherId: teacher.id,
        classId: klass.id,
        title: `Exam of ${questionId}`,
        questionIds: [questionId],
        opensAt: T0,
        dueAt: days(10),
        ...settings,
      });
    await exam(onDate, { answerRelease: "on_date", answersReleaseAt: days(5) });
    const late = await exam(afterDue, { answerRelease: "after_due" });
    await setAccommodation(db, {
      teacherId: teacher.id,
      assignmentId: late.id,
      studentId: student.id,
      dueAt: days(14),
    });
    const answer = (questionId: string, at: Date) => {
      const question = bank.questions.find((candidate) => candidate.id === questionId);
      if (!question) throw new Error("fixture");
      return recordResponse(db, {
        userId: student.id,
        attemptId: practice.id,
        questionId,
        clientId: clientId(),
        response: rightAnswer(question),
        now: at,
      });
    };
    const refused = /answers are not out yet/;
    const hour = 3_600_000;
    await expect(answer(onDate, new Date(days(5).getTime() - hour))).rejects.toThrow(refused);
    expect((await answer(onDate, new Date(days(5).getTime() + hour))).status).toBe("saved");
    // Past the class's due date, not yet past this student's own.
    await expect(answer(afterDue, days(12))).rejects.toThrow(refused);
    expect((await answer(afterDue, days(15))).status).toBe("saved");
    // A refused answer left nothing behind: one review each, from the saves that went through.
    const reviews = await db.reviewLog.findMany({ where: { userId: student.id } });
    expect(reviews.map((review) => review.itemId).sort()).toEqual([onDate, afterDue].sort());
  });

  it("closing submits open attempts as they stand and refuses later answers with a clear message", async () => {
    const { teacher, student, assignment, questionIds } = await exam({
      answerRelease: "after_due",
      dueAt: undefined,
    });
    const { attempt } = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: assignment.id,
      now: days(1),
    });
    const question = bank.questions.find((candidate) => candidate.id === attempt.questionIds[0]);
    if (!question) throw new Error("fixture");
    await recordResponse(db, {
      userId: student.id,
      attemptId: attempt.id,
      questionId: question.id,
      clientId: clientId(),
      response: rightAnswer(question),
      now: days(1),
    });
    await setAssignmentClosed(db, {
      teacherId: teacher.id,
      assignmentId: assignment.id,
      closed: true,
      now: days(2),
    });
    const closed = await getAttempt(db, {
      userId: student.id,
      attemptId: attempt.id,
      now: days(2),
    });
    expect(closed.submittedAt).toEqual(days(2));
    expect(closed.responses).toHaveLength(1);
    // Without a due date, "after the due date" means when the assignment closes.
    expect(closed.answersVisible).toBe(true);
    const other = bank.questions.find((candidate) => candidate.id === attempt.questionIds[1]);
    if (!other) throw new Error("fixture");
    const late = recordResponse(db, {
      userId: student.id,
      attemptId: attempt.id,
      questionId: other.id,
      clientId: clientId(),
      response: rightAnswer(other),
      now: days(2),
    });
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await expect(late).rejects.toThrow(/closed/);
    expect(questionIds).toHaveLength(3);
  });

  it("removing a student submits their open attempt and refuses their answers", async () => {
    const { teacher, student, klass, assignment } = await exam();
    const { attempt } = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: assignment.id,
      now: days(1),
    });
    await setStudentRemoved(db, {
      teacherId: teacher.id,
      classId: klass.id,
      studentId: student.id,
      removed: true,
      now: days(1),
    });
    expect(
      (await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).submittedAt,
    ).not.toBeNull();
    await expect(
      getAttempt(db, { userId: student.id, attemptId: attempt.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const question = bank.questions.find((candidate) => candidate.id === attempt.questionIds[0]);
    if (!question) throw new Error("fixture");
    await expect(
      recordResponse(db, {
        userId: student.id,
        attemptId: attempt.id,
        questionId: question.id,
        clientId: clientId(),
        response: rightAnswer(question),
        now: days(1),
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("gives an accommodated student more time, another attempt and a later due time", async () => {
    const { teacher, student, assignment } = await exam({ timeLimitMinutes: 20 });
    await setAccommodation(db, {
      teacherId: teacher.id,
      assignmentId: assignment.id,
      studentId: student.id,
      timeMultiplier: 1.5,
      extraMinutes: 5,
      extraAttempts: 1,
      dueAt: days(14),
    });
    const first = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: assignment.id,
      now: days(11),
    });
    expect(first.attempt.deadlineAt?.getTime()).toBe(days(11).getTime() + 35 * 60_000);
    await submitAttempt(db, { userId: student.id, attemptId: first.attempt.id, now: days(11) });
    const second = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: assignment.id,
      now: days(12),
    });
    expect(second.resumed).toBe(false);
    await submitAttempt(db, { userId: student.id, attemptId: second.attempt.id, now: days(12) });
    await expect(
      startAttempt(db, {
        kind: "assignment",
        userId: student.id,
        assignmentId: assignment.id,
        now: days(13),
      }),
    ).rejects.toThrow(/used all 2 attempts/);
    // Answers "after the due date" follow the student's own due time.
    expect(
      (await getAttempt(db, { userId: student.id, attemptId: second.attempt.id, now: days(12) }))
        .answersVisible,
    ).toBe(false);
    expect(
      (await getAttempt(db, { userId: student.id, attemptId: second.attempt.id, now: days(14) }))
        .answersVisible,
    ).toBe(true);
    const view = await getStudentAssignment(db, {
      studentId: student.id,
      assignmentId: assignment.id,
      now: days(12),
    });
    expect(view).toMatchObject({
      accommodated: true,
      attemptsAllowed: 2,
      timeLimitSeconds: 35 * 60,
    });
  });

  it("refuses an accommodation for someone not in the class", async () => {
    const { teacher, assignment } = await exam();
    const stranger = await createTestUser(db, "student");
    await expect(
      setAccommodation(db, {
        teacherId: teacher.id,
        assignmentId: assignment.id,
        studentId: stranger.id,
        extraAttempts: 1,
      }),
    ).rejects.toThrow(/not in this class/);
  });
});
