/**
 * The little SQL surface the migration runner and test fixtures need, over
 * either backend. Prisma is not used for this: its schema engine cannot
 * migrate a PostgreSQL server through a driver adapter on these machines.
 */
export interface SqlConnection {
  /** Runs one or more statements with no parameters (a whole migration file). */
  exec(sql: string): Promise<void>;
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}
