import { bank } from "@quizdeck/content/bank";
import { expect, it } from "vitest";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { listRetentionGoals } from "../src/server-only/memory/list-retention-goals.ts";
import { reviewCard } from "../src/server-only/memory/review-card.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const NOW = new Date("2026-10-01T09:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describeEachBackend("retention goals", (database) => {
  it("lists a student's open goals with their own memory of the goal's cards", async () => {
    const db = database.db;
    const teacher = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    const outsider = await createTestUser(db, "student");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Goals" });
    await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
    const set = bank.sets.find((candidate) => candidate.flashcardIds.length > 0);
    if (!set) throw new Error("no set with cards");
    const base = {
      teacherId: teacher.id,
      classId: klass.id,
      setId: set.id,
      opensAt: days(-1),
      retentionTarget: 0.9,
    };
    await createAssignment(db, { ...base, title: "Live goal", retentionUntil: days(20) });
    await createAssignment(db, {
      ...base,
      title: "Past goal",
      opensAt: days(-30),
      retentionUntil: days(-2),
    });
    await createAssignment(db, { ...base, title: "No goal", retentionTarget: undefined });
    await reviewCard(db, {
      userId: student.id,
      flashcardId: set.flashcardIds[0] ?? "",
      rating: 3,
      clientId: clientId(),
      now: NOW,
    });
    // Forgotten, and never recalled: it has a memory but does not count as recalled.
    await reviewCard(db, {
      userId: student.id,
      flashcardId: set.flashcardIds[1] ?? "",
      rating: 1,
      clientId: clientId(),
      now: NOW,
    });

    const { goals, scheduling } = await listRetentionGoals(db, { studentId: student.id, now: NOW });
    expect(scheduling).toMatchObject({ timeZone: "UTC", rolloverHour: 4, desiredRetention: 0.9 });
    expect(goals.map((goal) => goal.title)).toEqual(["Live goal"]);
    expect(goals[0]).toMatchObject({ target: 0.9, setId: set.id, className: "Goals" });
    expect([...(goals[0]?.memories.keys() ?? [])]).toEqual(set.flashcardIds.slice(0, 2));
    expect([...(goals[0]?.recalled ?? [])]).toEqual([set.flashcardIds[0]]);
    expect((await listRetentionGoals(db, { studentId: outsider.id, now: NOW })).goals).toEqual([]);
  });
});
