import { findQuestion } from "@quizdeck/content/bank";
import { expect, it } from "vitest";
import { NotFoundError } from "../src/errors.ts";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { getStudentAssignment } from "../src/server-only/assignment/get-student-assignment.ts";
import { listStudentAssignments } from "../src/server-only/assignment/list-student-assignments.ts";
import { listRecentAttempts } from "../src/server-only/attempt/list-recent-attempts.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { submitAttempt } from "../src/server-only/attempt/submit-attempt.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { listStudentClasses } from "../src/server-only/class/list-student-classes.ts";
import { reviewCard } from "../src/server-only/memory/review-card.ts";
import { getActiveDays } from "../src/server-only/progress/get-active-days.ts";
import {
  rightAnswer,
  singleChoice,
  someFlashcardIds,
  someQuestionIds,
} from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const NOW = new Date("2026-06-10T12:00:00Z");
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);

describeEachBackend("student views", ({ db }) => {
  it("lists a student's assignments with their own standing, soonest due first", async () => {
    const teacher = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    const outsider = await createTestUser(db, "student");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Class A" });
    await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
    // Each asks its own question: a score shows only while no other assignment withholds its questions.
    const others = someQuestionIds(4).filter((id) => id !== singleChoice().id);
    const base = { teacherId: teacher.id, classId: klass.id, questionIds: others.slice(0, 1) };
    const later = await createAssignment(db, {
      ...base,
      title: "Later",
      opensAt: hours(-5),
      dueAt: hours(48),
    });
    const sooner = await createAssignment(db, {
      ...base,
      questionIds: [singleChoice().id],
      title: "Sooner",
      opensAt: hours(-5),
      dueAt: hours(2),
    });
    const missed = await createAssignment(db, {
      ...base,
      title: "Missed",
      opensAt: hours(-5),
      dueAt: hours(-1),
    });
    const upcoming = await createAssignment(db, { ...base, title: "Upcoming", opensAt: hours(5) });

    const { attempt } = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: sooner.id,
      now: NOW,
    });
    let list = await listStudentAssignments(db, { studentId: student.id, now: NOW });
    expect(list.map((a) => a.title)).toEqual(["Missed", "Sooner", "Later", "Upcoming"]);
    const status = Object.fromEntries(list.map((a) => [a.id, a.status]));
    expect(status).toEqual({
      [missed.id]: "missed",
      [sooner.id]: "in-progress",
      [later.id]: "not-started",
      [upcoming.id]: "upcoming",
    });
    expect(list.find((a) => a.id === sooner.id)?.openAttemptId).toBe(attempt.id);

    await recordResponse(db, {
      userId: student.id,
      attemptId: attempt.id,
      questionId: singleChoice().id,
      clientId: clientId(),
      response: rightAnswer(singleChoice()),
      now: NOW,
    });
    await submitAttempt(db, { userId: student.id, attemptId: attempt.id, now: NOW });
    list = await listStudentAssignments(db, { studentId: student.id, now: NOW });
    expect(list.find((a) => a.id === sooner.id)).toMatchObject({
      status: "submitted",
      bestScore: 1,
      attemptsUsed: 1,
    });

    expect(await listStudentAssignments(db, { studentId: outsider.id, now: NOW })).toEqual([]);
    await expect(
      getStudentAssignment(db, { studentId: outsider.id, assignmentId: later.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const mine = await getStudentAssignment(db, { studentId: student.id, assignmentId: sooner.id });
    expect(mine.attempts).toHaveLength(1);
    expect((await listStudentClasses(db, { studentId: student.id })).map((c) => c.name)).toEqual([
      "Class A",
    ]);
  });

  it("separates open attempts from finished ones, and counts active days for streaks", async () => {
    const student = await createTestUser(db, "student");
    const done = await startAttempt(db, {
      kind: "practice",
      userId: student.id,
      questionIds: someQuestionIds(2),
      now: hours(-30),
    });
    await submitAttempt(db, { userId: student.id, attemptId: done.attempt.id, now: hours(-29) });
    const open = await startAttempt(db, {
      kind: "practice",
      userId: student.id,
      questionIds: someQuestionIds(3),
      now: hours(-1),
    });
    const recent = await listRecentAttempts(db, { userId: student.id, now: NOW });
    expect(recent.open.map((a) => a.id)).toEqual([open.attempt.id]);
    expect(recent.finished.map((a) => a.id)).toEqual([done.attempt.id]);

    await reviewCard(db, {
      userId: student.id,
      flashcardId: someFlashcardIds(1)[0] ?? "",
      rating: 3,
      clientId: clientId(),
      now: hours(-26),
    });
    const first = findQuestion(open.attempt.questionIds[0] ?? "");
    if (!first) throw new Error("attempt question missing from the bank");
    await recordResponse(db, {
      userId: student.id,
      attemptId: open.attempt.id,
      questionId: first.id,
      clientId: clientId(),
      response: rightAnswer(first),
      now: NOW,
    });
    const days = await getActiveDays(db, {
      userId: student.id,
      timeZone: "Asia/Tashkent",
      now: NOW,
    });
    // The review at 10:00 UTC on 9 June and the answer at 12:00 UTC on 10 June, in Tashkent (UTC+5).
    expect([...days].sort()).toEqual(["2026-06-09", "2026-06-10"]);
  });
});
