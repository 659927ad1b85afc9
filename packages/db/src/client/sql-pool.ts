import type { PGlite, Transaction } from "@electric-sql/pglite";
import pg from "pg";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * What the hot path's use cases need of a transaction: Prisma's `$queryRaw`
 * shape (a tagged template, values sent as parameters), so the same code runs
 * on Prisma's transaction or straight on the driver's.
 */
export interface SqlTx {
  $queryRaw<T = unknown>(strings: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
}

/**
 * Transactions straight on the driver, beside Prisma on the same connections.
 * Measured here, a Prisma interactive transaction of five `$queryRaw` costs
 * about 2.2 ms of CPU, the same on a bare `pg` client 0.22 ms: every answer
 * saved goes this way.
 */
export interface SqlPool {
  transaction<T>(work: (tx: SqlTx) => Promise<T>): Promise<T>;
}

/**
 * Told every statement sent, and whether Prisma or the driver itself sent it
 * (QUIZDECK_LOG_SQL, and the tests that count them).
 */
export type StatementListener = (sql: string, via: "prisma" | "driver") => void;

/**
 * A tagged template as one statement: its text with $1, $2 … and its values.
 * Fragments made with `Prisma.sql` among the values are spliced in, as Prisma
 * does (its `Sql` flattens nested fragments).
 */
export function toStatement(
  template: TemplateStringsArray,
  templateValues: readonly unknown[],
): { text: string; values: unknown[] } {
  const { strings, values } = Prisma.sql(template, ...templateValues);
  let text = strings[0] ?? "";
  for (let i = 1; i < strings.length; i++) text += `$${i}${strings[i]}`;
  // Prisma sends dates as UTC; so do we: the columns are timestamps without a time zone.
  return {
    text,
    values: values.map((value) => (value instanceof Date ? value.toISOString() : value)),
  };
}

const TIMESTAMP_OID = 1114;

/** A `timestamp without time zone` as stored by Prisma: a UTC time. */
export function parseUtcTimestamp(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}

const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID
      ? parseUtcTimestamp
      : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

/** Transactions on one `pg` client of the pool each, BEGIN to COMMIT. */
export function pgSqlPool(pool: pg.Pool, onStatement?: StatementListener): SqlPool {
  return {
    async transaction(work) {
      const client = await pool.connect();
      const run = async (text: string, values?: unknown[]) => {
        onStatement?.(text, "driver");
        return (await client.query({ text, values, types: pgTypes })).rows;
      };
      let broken: Error | undefined;
      try {
        await run("BEGIN");
        const result = await work({
          $queryRaw: (strings, ...values) => {
            const statement = toStatement(strings, values);
            return run(statement.text, statement.values) as never;
          },
        });
        await run("COMMIT");
        return result;
      } catch (error) {
        await run("ROLLBACK").catch((rollbackFailed: Error) => {
          // The connection itself is gone: the pool must not hand it out again.
          broken = rollbackFailed;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

/** Transactions on the embedded database, queued behind any other (Prisma's too). */
export function pgliteSqlPool(db: PGlite, onStatement?: StatementListener): SqlPool {
  const parsers = { [TIMESTAMP_OID]: parseUtcTimestamp };
  return {
    transaction(work) {
      return db.transaction(async (tx: Transaction) => {
        onStatement?.("BEGIN", "driver");
        try {
          const result = await work({
            $queryRaw: async (strings, ...values) => {
              const statement = toStatement(strings, values);
              onStatement?.(statement.text, "driver");
              return (await tx.query(statement.text, statement.values, { parsers })).rows as never;
            },
          });
          onStatement?.("COMMIT", "driver");
          return result;
        } catch (error) {
          // PGlite rolls back when the callback throws; told as the driver's pool tells it.
          onStatement?.("ROLLBACK", "driver");
          throw error;
        }
      });
    },
  };
}
