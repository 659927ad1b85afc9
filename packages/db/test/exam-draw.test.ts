import { bank } from "@quizdeck/content/bank";
import { expect, it } from "vitest";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { getAttempt } from "../src/server-only/attempt/get-attempt.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { createTestUser } from "./support/factories.ts";

const exam = bank.sets.find((set) => set.draw !== undefined);

describeEachBackend("exam-sized sets drawn per attempt", ({ db }) => {
  it("draws each pool's count for every attempt and keeps the draw with the attempt", async () => {
    if (!exam?.draw) throw new Error("the bank has no set with draw pools");
    const teacher = await createTestUser(db, "teacher");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Exam" });
    const assignment = await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Drawn exam",
      setId: exam.id,
      opensAt: new Date("2026-01-01T08:00:00Z"),
    });
    const perAttempt = exam.draw.reduce((sum, pool) => sum + pool.count, 0);
    const draws: string[][] = [];
    for (let i = 0; i < 6; i++) {
      const student = await createTestUser(db, "student");
      await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
      const { attempt } = await startAttempt(db, {
        kind: "assignment",
        userId: student.id,
        assignmentId: assignment.id,
      });
      expect(attempt.questionIds).toHaveLength(perAttempt);
      for (const pool of exam.draw) {
        expect(attempt.questionIds.filter((id) => pool.questionIds.includes(id))).toHaveLength(
          pool.count,
        );
      }
      const resumed = await getAttempt(db, { userId: student.id, attemptId: attempt.id });
      expect(resumed.questionIds).toEqual(attempt.questionIds);
      draws.push(attempt.questionIds);
    }
    expect(new Set(draws.map((draw) => [...draw].sort().join())).size).toBeGreaterThan(1);
  });
});
