import { createPrismaClient } from "../src/client/create-prisma-client.ts";
import { migrateDatabase } from "../src/migrate/migrate-database.ts";
import { seedDemoData } from "../src/seed/seed-demo-data.ts";
import { printDemoAccounts } from "./print-demo-accounts.ts";
import { printMigrationReport } from "./print-migration-report.ts";
import { runScript } from "./run-script.ts";

await runScript("db:seed", async (target) => {
  printMigrationReport(await migrateDatabase(target));
  const db = createPrismaClient(target);
  try {
    const report = await seedDemoData(db);
    console.log(
      `Seeded: ${report.usersCreated} new accounts, history for ${report.historyWrittenFor.length} students` +
        (report.usersCreated === 0 && report.historyWrittenFor.length === 0
          ? " (already seeded: nothing to do)."
          : "."),
    );
    printDemoAccounts();
  } finally {
    await db.$disconnect();
  }
});
