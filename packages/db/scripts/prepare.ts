import { createPrismaClient } from "../src/client/create-prisma-client.ts";
import { readDbEnv } from "../src/env.ts";
import { migrateDatabase } from "../src/migrate/migrate-database.ts";
import { DEMO_TEACHER } from "../src/seed/demo-accounts.ts";
import { seedDemoData } from "../src/seed/seed-demo-data.ts";
import { shouldSeedDemo } from "../src/seed/seed-policy.ts";
import { printDemoAccounts } from "./print-demo-accounts.ts";
import { printMigrationReport } from "./print-migration-report.ts";
import { runScript } from "./run-script.ts";

/**
 * What `npm start` runs before serving: migrate (every time, a no-op when
 * current), and seed the demo data where `shouldSeedDemo` allows it (an empty
 * embedded database, not in production unless QUIZDECK_DEMO=1).
 */
await runScript("db:prepare", async (target) => {
  printMigrationReport(await migrateDatabase(target));
  const db = createPrismaClient(target);
  try {
    const empty = (await db.user.count()) === 0;
    if (shouldSeedDemo({ target, empty, env: readDbEnv() })) {
      console.log("Empty embedded database: adding demo data (first start only)...");
      await seedDemoData(db);
    } else if (empty) {
      console.log(
        "Empty database, no demo data (see QUIZDECK_DEMO). Make the administrator with `npm run admin:create`; unless QUIZDECK_TEACHER_SIGNUP=closed, the first account to sign up becomes it.",
      );
    }
    if (await db.user.findUnique({ where: { email: DEMO_TEACHER.email } })) printDemoAccounts();
  } finally {
    await db.$disconnect();
  }
});
