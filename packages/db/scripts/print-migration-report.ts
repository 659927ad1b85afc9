import type { MigrationReport } from "../src/migrate/apply-migrations.ts";

export function printMigrationReport(report: MigrationReport): void {
  if (report.applied.length === 0) {
    console.log(`Already up to date (${report.alreadyApplied.length} migrations applied).`);
  } else {
    for (const name of report.applied) console.log(`Applied ${name}`);
  }
  for (const name of report.modified) {
    console.warn(`Warning: migration ${name} was changed after it was applied; it was not re-run.`);
  }
}
