export { createPrismaClient, type Db } from "./client/create-prisma-client.ts";
export {
  type DatabaseTarget,
  describeTarget,
  resolveDatabaseTarget,
} from "./client/database-target.ts";
export { currentDatabaseTarget, getDb } from "./client/get-db.ts";
export { closePglite, openPglite } from "./client/pglite-instances.ts";
export * from "./errors.ts";
export { migrateDatabase } from "./migrate/migrate-database.ts";
