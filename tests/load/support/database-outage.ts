import { execFileSync } from "node:child_process";
import pg from "pg";

/**
 * What a PostgreSQL restart does to one app's database, without touching the
 * server's other databases (tests run beside this one): every connection is
 * cut (FATAL 57P01, as at shutdown) and new ones are refused until it is back.
 */
export async function interruptDatabase(adminUrl: string, databaseUrl: string, outageMs: number) {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    await new Promise((resolve) => setTimeout(resolve, outageMs));
  } finally {
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    await admin.end();
  }
}

/**
 * Restarts the local PostgreSQL cluster (Debian's pg_ctlcluster; needs root or
 * the postgres user): a real restart, for the benchmark run, where nothing else
 * is using the server.
 */
export function restartPostgres(): void {
  const clusters = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === "online");
  const [version, name] = clusters[0] ?? [];
  if (!version || !name) throw new Error("No online PostgreSQL cluster to restart");
  execFileSync("pg_ctlcluster", [version, name, "restart"], { stdio: "inherit" });
}
