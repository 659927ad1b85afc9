import { bank } from "@quizdeck/content/bank";
import { expect, it } from "vitest";
import { ConflictError, NotFoundError } from "../src/errors.ts";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { getAssignmentResults } from "../src/server-only/assignment/get-assignment-results.ts";
import { listStudentAssignments } from "../src/server-only/assignment/list-student-assignments.ts";
import { setAssignmentClosed } from "../src/server-only/assignment/set-assignment-closed.ts";
import { updateAssignment } from "../src/server-only/assignment/update-assignment.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { submitAttempt } from "../src/server-only/attempt/submit-attempt.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { getClassStudent } from "../src/server-only/class/get-class-student.ts";
import { getTeacherClass } from "../src/server-only/class/get-teacher-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { listTeacherClasses } from "../src/server-only/class/list-teacher-classes.ts";
import { rotateJoinCode } from "../src/server-only/class/rotate-join-code.ts";
import { setStudentRemoved } from "../src/server-only/class/set-student-removed.ts";
import { updateClass } from "../src/server-only/class/update-class.ts";
import { getClassGradebook } from "../src/server-only/gradebook/get-class-gradebook.ts";
import { reviewCard } from "../src/server-only/memory/review-card.ts";
import { getClassMemories } from "../src/server-only/progress/get-class-memories.ts";
import { rightAnswer, singleChoice } from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const NOW = new Date("2026-09-01T09:00:00Z");
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);

describeEachBackend("teacher tools", ({ db }) => {
  async function classWithStudents(count: number) {
    const teacher = await createTestUser(db, "teacher");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Class" });
    const students = [];
    for (let i = 0; i < count; i++) {
      const student = await createTestUser(db, "student");
      await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
      students.push(student);
    }
    return { teacher, klass, students };
  }

  it("renames, archives and restores only the teacher's own classes", async () => {
    const { teacher, klass } = await classWithStudents(1);
    const other = await createTestUser(db, "teacher");
    await expect(
      updateClass(db, { teacherId: other.id, classId: klass.id, name: "Mine now" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await updateClass(db, { teacherId: teacher.id, classId: klass.id, name: "History 11A" });
    await updateClass(db, { teacherId: teacher.id, classId: klass.id, archived: true, now: NOW });
    let list = await listTeacherClasses(db, { teacherId: teacher.id });
    expect(list[0]).toMatchObject({ name: "History 11A", archivedAt: NOW, studentCount: 1 });
    await updateClass(db, { teacherId: teacher.id, classId: klass.id, archived: false });
    list = await listTeacherClasses(db, { teacherId: teacher.id });
    expect(list[0]?.archivedAt).toBeNull();
  });

  it("rotates a class's join code: the old one stops working, members stay", async () => {
    const { teacher, klass, students } = await classWithStudents(1);
    const other = await createTestUser(db, "teacher");
    await expect(
      rotateJoinCode(db, { teacherId: other.id, classId: klass.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const rotated = await rotateJoinCode(db, { teacherId: teacher.id, classId: klass.id });
    expect(rotated.joinCode).not.toBe(klass.joinCode);
    expect(rotated.joinCode).toMatch(/^[A-Z2-9]{7}$/);
    const newcomer = await createTestUser(db, "student");
    await expect(
      joinClass(db, { studentId: newcomer.id, joinCode: klass.joinCode }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await joinClass(db, { studentId: newcomer.id, joinCode: rotated.joinCode });
    const list = await listTeacherClasses(db, { teacherId: teacher.id });
    expect(list[0]?.studentCount).toBe(students.length + 1);
  });

  it("removes a student from class views but keeps their work, and can add them back", async () => {
    const { teacher, klass, students } = await classWithStudents(2);
    const [kept, removed] = students as [(typeof students)[0], (typeof students)[0]];
    const assignment = await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Check",
      questionIds: [singleChoice().id],
      opensAt: hours(-1),
    });
    for (const student of students) {
      const { attempt } = await startAttempt(db, {
        kind: "assignment",
        userId: student.id,
        assignmentId: assignment.id,
        now: NOW,
      });
      await recordResponse(db, {
        userId: student.id,
        attemptId: attempt.id,
        questionId: singleChoice().id,
        clientId: clientId(),
        response: rightAnswer(singleChoice()),
        now: NOW,
      });
      await submitAttempt(db, { userId: student.id, attemptId: attempt.id, now: NOW });
    }
    await setStudentRemoved(db, {
      teacherId: teacher.id,
      classId: klass.id,
      studentId: removed.id,
      removed: true,
      now: NOW,
    });
    const view = await getTeacherClass(db, { teacherId: teacher.id, classId: klass.id });
    expect(view.roster.map((e) => e.studentId)).toEqual([kept.id]);
    expect(view.removed.map((e) => e.studentId)).toEqual([removed.id]);
    const book = await getClassGradebook(db, { teacherId: teacher.id, classId: klass.id });
    expect(book.rows.map((row) => row.student.id)).toEqual([kept.id]);
    const results = await getAssignmentResults(db, {
      teacherId: teacher.id,
      assignmentId: assignment.id,
    });
    expect(results.attempts.map((a) => a.userId)).toEqual([kept.id]);
    expect(await db.attempt.count({ where: { userId: removed.id } })).toBe(1);
    expect(await listStudentAssignments(db, { studentId: removed.id, now: NOW })).toEqual([]);
    await expect(
      getClassStudent(db, { teacherId: teacher.id, classId: klass.id, studentId: removed.id }),
    ).rejects.toBeInstanceOf(NotFoundError);

    await setStudentRemoved(db, {
      teacherId: teacher.id,
      classId: klass.id,
      studentId: removed.id,
      removed: false,
    });
    expect(
      (await getTeacherClass(db, { teacherId: teacher.id, classId: klass.id })).roster,
    ).toHaveLength(2);
  });

  it("edits settings freely before anyone starts, and refuses changes that would alter submitted work", async () => {
    const { teacher, klass, students } = await classWithStudents(1);
    const base = {
      teacherId: teacher.id,
      title: "Quiz",
      opensAt: hours(-2),
      attemptsAllowed: 3,
      answerRelease: "after_each_attempt" as const,
    };
    const assignment = await createAssignment(db, {
      ...base,
      classId: klass.id,
      questionIds: [singleChoice().id],
    });
    const edited = await updateAssignment(db, {
      ...base,
      assignmentId: assignment.id,
      answerRelease: "after_each_answer",
      timeLimitMinutes: 15,
    });
    expect(edited).toMatchObject({ answerRelease: "after_each_answer", timeLimitSeconds: 900 });

    const student = students[0];
    if (!student) throw new Error("no student");
    for (let i = 0; i < 2; i++) {
      const { attempt } = await startAttempt(db, {
        kind: "assignment",
        userId: student.id,
        assignmentId: assignment.id,
        now: NOW,
      });
      await submitAttempt(db, { userId: student.id, attemptId: attempt.id, now: NOW });
    }
    const started = {
      ...base,
      assignmentId: assignment.id,
      answerRelease: "after_each_answer" as const,
    };
    await expect(updateAssignment(db, { ...started, answerRelease: "after_due" })).rejects.toThrow(
      /feedback after each answer/,
    );
    await expect(updateAssignment(db, { ...started, attemptsAllowed: 1 })).rejects.toThrow(
      /already used 2 attempts/,
    );
    await expect(updateAssignment(db, { ...started, opensAt: hours(1) })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const longer = await updateAssignment(db, {
      ...started,
      title: "Quiz (extended)",
      dueAt: hours(72),
      allowLate: true,
    });
    expect(longer).toMatchObject({ title: "Quiz (extended)", dueAt: hours(72) });

    await setAssignmentClosed(db, {
      teacherId: teacher.id,
      assignmentId: assignment.id,
      closed: true,
      now: NOW,
    });
    await expect(
      startAttempt(db, {
        kind: "assignment",
        userId: student.id,
        assignmentId: assignment.id,
        now: NOW,
      }),
    ).rejects.toThrow(/closed/);
    const other = await createTestUser(db, "teacher");
    await expect(
      setAssignmentClosed(db, { teacherId: other.id, assignmentId: assignment.id, closed: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives a teacher the class's memories, and only for their own class", async () => {
    const { teacher, klass, students } = await classWithStudents(2);
    const card = bank.flashcards[0];
    if (!card || !students[0]) throw new Error("fixture");
    await reviewCard(db, {
      userId: students[0].id,
      flashcardId: card.id,
      rating: 3,
      clientId: clientId(),
      now: NOW,
    });
    const memories = await getClassMemories(db, {
      teacherId: teacher.id,
      classId: klass.id,
      now: NOW,
    });
    const byId = new Map(memories.students.map((student) => [student.id, student]));
    expect(byId.get(students[0].id)?.memories.get(card.id)?.reps).toBe(1);
    expect([...(byId.get(students[0].id)?.recalled ?? [])]).toEqual([card.id]);
    expect(byId.get(students[1]?.id ?? "")?.memories.size).toBe(0);
    expect(byId.get(students[1]?.id ?? "")?.recalled.size).toBe(0);
    const other = await createTestUser(db, "teacher");
    await expect(
      getClassMemories(db, { teacherId: other.id, classId: klass.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
