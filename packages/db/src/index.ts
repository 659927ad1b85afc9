// The database client for the web app and scripts. Use cases live behind one
// entry point per domain (`@quizdeck/db/attempt`, `/class`, …); errors in
// `@quizdeck/db/errors`, field rules in `@quizdeck/db/fields`. Migrations and the
// seed are imported by the scripts directly: they read files from this
// package's folder, which a bundled server does not have.

export { isClientGone } from "./client/client-gone.ts";
export { createPrismaClient, type Db } from "./client/create-prisma-client.ts";
export { currentDatabaseTarget, getDb } from "./client/get-db.ts";
