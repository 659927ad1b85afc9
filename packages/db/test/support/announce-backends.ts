import pg from "pg";
import { POSTGRES_REQUIRED, TEST_POSTGRES_URL } from "./postgres-url.ts";

/** Says loudly, once per run, whether the PostgreSQL half of the suite runs. */
export default async function announceBackends(): Promise<void> {
  if (!TEST_POSTGRES_URL) {
    const message =
      "QUIZDECK_TEST_POSTGRES_URL is not set: the store suite runs on PGlite ONLY; the PostgreSQL server half is NOT tested.";
    if (POSTGRES_REQUIRED) throw new Error(`${message} (QUIZDECK_REQUIRE_POSTGRES=1)`);
    console.warn(`\n!!! ${message}\n`);
    return;
  }
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new Error(
      `QUIZDECK_TEST_POSTGRES_URL is set but the server is unreachable: ${String(error)}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
