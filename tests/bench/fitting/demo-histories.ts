import { seedDemoData } from "@quizdeck/db/seed";
import { testBackends } from "../../../packages/db/test/support/test-databases.ts";
import { historyOf, type StudentHistory } from "./simulated-classes.ts";

/** The demo seed's "now": its history covers the 28 days before. */
export const DEMO_NOW = new Date("2026-03-02T09:00:00Z");

/**
 * The demo seed's review histories. The seed writes through the real data-access
 * functions, so it runs on a fresh in-memory PGlite database (as the other
 * database benchmarks do) and the review_log rows are read back; the demo
 * accounts have no time zone on record, so their days are UTC's.
 */
export async function demoHistories(): Promise<StudentHistory[]> {
  const backend = testBackends.find((candidate) => candidate.name === "pglite");
  if (!backend) throw new Error("No PGlite test backend");
  const database = await backend.create();
  try {
    await seedDemoData(database.db, DEMO_NOW);
    const rows = await database.db.reviewLog.findMany({
      select: {
        userId: true,
        itemId: true,
        rating: true,
        reviewedAt: true,
        stateBefore: true,
        undoneAt: true,
      },
      orderBy: { reviewedAt: "asc" },
    });
    const users = [...new Set(rows.map((row) => row.userId))];
    return users.map((userId) =>
      historyOf(
        { userId, timeZone: "UTC" },
        "demo-class",
        rows.filter((row) => row.userId === userId),
        null,
      ),
    );
  } finally {
    await database.close();
  }
}
