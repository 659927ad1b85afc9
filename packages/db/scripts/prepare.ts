import { createPrismaClient } from "../src/client/create-prisma-client.ts";
import { migrateDatabase } from "../src/migrate/migrate-database.ts";
import { DEMO_TEACHER } from "../src/seed/demo-accounts.ts";
import { seedDemoData } from "../src/seed/seed-demo-data.ts";
import { printDemoAccounts } from "./print-demo-accounts.ts";
import { printMigrationReport } from "./print-migration-report.ts";
import { runScript } from "./run-script.ts";

/**
 * What `npm start` runs before serving: migrate (every time, a no-op when
 * current), and on an empty embedded database seed the demo data. A database
 * named by DATABASE_URL is never seeded implicitly.
 */
await runScript("db:prepare", async (target) => {
  printMigrationReport(await migrateDatabase(target));
  const db = createPrismaClient(target);
  try {
    const empty = (await db.user.count()) === 0;
    if (target.kind === "pglite" && empty) {
      console.log("Empty embedded database: adding demo data (first start only)...");
      await seedDemoData(db);
    }
    if (await db.user.findUnique({ where: { email: DEMO_TEACHER.email } })) printDemoAccounts();
  } finally {
    await db.$disconnect();
  }
});
