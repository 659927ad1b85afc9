import { migrateDatabase } from "../src/migrate/migrate-database.ts";
import { printMigrationReport } from "./print-migration-report.ts";
import { runScript } from "./run-script.ts";

await runScript("db:migrate", async (target) => {
  printMigrationReport(await migrateDatabase(target));
});
