import { expect, it } from "vitest";
import type { Db } from "../src/client/create-prisma-client.ts";
import { DEMO_CLASS, DEMO_STUDENTS, DEMO_TEACHER } from "../src/seed/demo-accounts.ts";
import { seedDemoData } from "../src/seed/seed-demo-data.ts";
import { getProgressSeries } from "../src/server-only/progress/get-progress-series.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";

const NOW = new Date("2026-04-20T12:00:00Z");

async function counts(db: Db) {
  return {
    users: await db.user.count(),
    accounts: await db.account.count(),
    classes: await db.class.count(),
    enrollments: await db.enrollment.count(),
    assignments: await db.assignment.count(),
    attempts: await db.attempt.count(),
    responses: await db.response.count(),
    reviews: await db.reviewLog.count(),
  };
}

describeEachBackend("demo seed", (database) => {
  it("creates the demo class with weeks of history, and a second run changes nothing", async () => {
    const first = await seedDemoData(database.db, NOW);
    expect(first.usersCreated).toBe(1 + DEMO_STUDENTS.length);
    const after = await counts(database.db);
    expect(after).toMatchObject({
      users: 6,
      accounts: 6,
      classes: 1,
      enrollments: 5,
      assignments: 2,
    });
    expect(after.attempts).toBeGreaterThan(40);
    expect(after.reviews).toBeGreaterThan(after.responses / 4);

    const teacher = await database.db.user.findUniqueOrThrow({
      where: { email: DEMO_TEACHER.email },
    });
    expect(teacher.role).toBe("teacher");
    const klass = await database.db.class.findUniqueOrThrow({
      where: { joinCode: DEMO_CLASS.joinCode },
    });
    expect(klass.teacherId).toBe(teacher.id);

    const student = await database.db.user.findUniqueOrThrow({
      where: { email: DEMO_STUDENTS[0].email },
    });
    const progress = await getProgressSeries(database.db, {
      userId: student.id,
      days: 28,
      now: NOW,
    });
    expect(progress.days.filter((day) => day.answers > 0).length).toBeGreaterThan(5);
    expect(progress.days.filter((day) => day.reviews > 0).length).toBeGreaterThan(10);

    const second = await seedDemoData(database.db, NOW);
    expect(second).toEqual({ usersCreated: 0, historyWrittenFor: [] });
    expect(await counts(database.db)).toEqual(after);
  }, 180_000);
});
