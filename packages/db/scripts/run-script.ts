import { type DatabaseTarget, describeTarget } from "../src/client/database-target.ts";
import { currentDatabaseTarget } from "../src/client/get-db.ts";
import { closePglite } from "../src/client/pglite-instances.ts";

/**
 * Runs a database script against the configured target, prints what it did,
 * releases the embedded database (so the app can open it next) and exits
 * non-zero with a readable message on failure.
 */
export async function runScript(name: string, work: (target: DatabaseTarget) => Promise<void>) {
  let target: DatabaseTarget | undefined;
  try {
    target = currentDatabaseTarget();
    console.log(`${name}: ${describeTarget(target)}`);
    await work(target);
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    if (target?.kind === "pglite") await closePglite(target.dataDir);
  }
}
