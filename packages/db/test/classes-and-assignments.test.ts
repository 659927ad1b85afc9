import { bank } from "@quizdeck/content/bank";
import { expect, it } from "vitest";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../src/errors.ts";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { findOwnClassByJoinCode } from "../src/server-only/class/find-own-class-by-join-code.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { getClassGradebook } from "../src/server-only/gradebook/get-class-gradebook.ts";
import { someQuestionIds } from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { createTestUser } from "./support/factories.ts";

describeEachBackend("classes and assignments", ({ db }) => {
  it("lets a teacher create a class with an unambiguous join code", async () => {
    const teacher = await createTestUser(db, "teacher");
    const klass = await createClass(db, { teacherId: teacher.id, name: "  History 10B " });
    expect(klass.name).toBe("History 10B");
    expect(klass.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{7}$/);
  });

  it("refuses a class from a student, and an empty name", async () => {
    const student = await createTestUser(db, "student");
    const teacher = await createTestUser(db, "teacher");
    await expect(createClass(db, { teacherId: student.id, name: "Mine" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const error = await createClass(db, { teacherId: teacher.id, name: "   " }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.fieldErrors.name).toEqual(["Give the class a name."]);
  });

  it("enrols a student by code whatever the case and spacing, once", async () => {
    const teacher = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Geo" });
    const typed = `${klass.joinCode.slice(0, 3).toLowerCase()} ${klass.joinCode.slice(3)}`;
    const first = await joinClass(db, { studentId: student.id, joinCode: typed });
    const again = await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
    expect(first.alreadyMember).toBe(false);
    expect(again.alreadyMember).toBe(true);
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(1);
  });

  it("gives clear errors for a wrong, archived or removed-from code", async () => {
    const teacher = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    await expect(
      joinClass(db, { studentId: student.id, joinCode: "ZZZZZZZ" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(joinClass(db, { studentId: student.id, joinCode: "!" })).rejects.toBeInstanceOf(
      InvalidInputError,
    );

    const archived = await createClass(db, { teacherId: teacher.id, name: "Old" });
    await db.class.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await expect(
      joinClass(db, { studentId: student.id, joinCode: archived.joinCode }),
    ).rejects.toThrow(/archived/);

    const klass = await createClass(db, { teacherId: teacher.id, name: "Removed" });
    await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
    await db.enrollment.updateMany({
      where: { classId: klass.id },
      data: { removedAt: new Date() },
    });
    await expect(
      joinClass(db, { studentId: student.id, joinCode: klass.joinCode }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("finds the student's own class by its code, and no other", async () => {
    const teacher = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    const mine = await createClass(db, { teacherId: teacher.id, name: "Mine" });
    const other = await createClass(db, { teacherId: teacher.id, name: "Other" });
    const left = await createClass(db, { teacherId: teacher.id, name: "Left" });
    await joinClass(db, { studentId: student.id, joinCode: mine.joinCode });
    await joinClass(db, { studentId: student.id, joinCode: left.joinCode });
    await db.enrollment.updateMany({
      where: { classId: left.id },
      data: { removedAt: new Date() },
    });
    const own = (joinCode: string) =>
      findOwnClassByJoinCode(db, { studentId: student.id, joinCode });
    expect(await own(mine.joinCode.toLowerCase())).toEqual({ id: mine.id, name: "Mine" });
    expect(await own(other.joinCode)).toBeNull();
    expect(await own(left.joinCode)).toBeNull();
    expect(await own("ZZZZZZZ")).toBeNull();
  });

  it("assigns a predefined set, resolving its items", async () => {
    const teacher = await createTestUser(db, "teacher");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Sets" });
    const set = bank.sets[0];
    if (!set) throw new Error("the bank has no sets");
    const assignment = await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: set.title,
      setId: set.id,
      opensAt: new Date("2026-01-01T08:00:00Z"),
      dueAt: new Date("2026-01-08T08:00:00Z"),
      attemptsAllowed: 2,
      answerRelease: "after_each_attempt",
      timeLimitMinutes: 30,
    });
    expect(assignment.questionIds).toEqual(set.questionIds);
    expect(assignment.flashcardIds).toEqual(set.flashcardIds);
    expect(assignment.timeLimitSeconds).toBe(1800);
  });

  it("refuses another teacher's class, unknown items and inconsistent dates", async () => {
    const owner = await createTestUser(db, "teacher");
    const other = await createTestUser(db, "teacher");
    const klass = await createClass(db, { teacherId: owner.id, name: "Mine" });
    const base = {
      classId: klass.id,
      title: "Quiz",
      questionIds: someQuestionIds(3),
      opensAt: new Date("2026-01-01T08:00:00Z"),
    };
    await expect(createAssignment(db, { ...base, teacherId: other.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      createAssignment(db, { ...base, teacherId: owner.id, questionIds: ["q-does-not-exist"] }),
    ).rejects.toThrow(/q-does-not-exist/);
    await expect(
      createAssignment(db, { ...base, teacherId: owner.id, setId: "s-nope" }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    const error = await createAssignment(db, {
      ...base,
      teacherId: owner.id,
      dueAt: new Date("2025-12-31T08:00:00Z"),
    }).catch((e) => e);
    expect(error.fieldErrors.dueAt).toEqual(["The due time must be after the opening time."]);
    await expect(
      createAssignment(db, { ...base, teacherId: owner.id, questionIds: [], flashcardIds: [] }),
    ).rejects.toThrow(/at least one/);
    expect(await db.assignment.count({ where: { classId: klass.id } })).toBe(0);
  });

  it("shows the gradebook only to the class's teacher", async () => {
    const owner = await createTestUser(db, "teacher");
    const other = await createTestUser(db, "teacher");
    const klass = await createClass(db, { teacherId: owner.id, name: "Books" });
    await expect(
      getClassGradebook(db, { teacherId: other.id, classId: klass.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const book = await getClassGradebook(db, { teacherId: owner.id, classId: klass.id });
    expect(book.rows).toEqual([]);
  });
});
