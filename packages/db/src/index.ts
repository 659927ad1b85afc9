// What the web app needs at run time. Migrations and the seed are imported by
// the scripts directly: they read files from this package's folder, which a
// bundled server does not have.
export { createPrismaClient, type Db } from "./client/create-prisma-client.ts";
export { currentDatabaseTarget, getDb } from "./client/get-db.ts";
export { isDatabaseUnavailable } from "./database-unavailable.ts";
export * from "./errors.ts";
