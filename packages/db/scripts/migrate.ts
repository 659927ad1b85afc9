import { migrateDatabase } from "../src/migrate/migrate-database.ts";
import { runScript } from "./run-script.ts";
import { printMigrationReport } from "./print-migration-report.ts";

await runScript("db:migrate", async (target) => {
  printMigrationReport(await migrateDatabase(target));
});
