import { parseArgs } from "node:util";
import { createPrismaClient } from "../src/client/create-prisma-client.ts";
import { InvalidInputError } from "../src/errors.ts";
import { migrateDatabase } from "../src/migrate/migrate-database.ts";
import { createAdmin } from "../src/server-only/user/create-admin.ts";
import { printMigrationReport } from "./print-migration-report.ts";
import { readPassword } from "./read-password.ts";
import { runScript } from "./run-script.ts";

/**
 * `npm run admin:create -- --email you@school.org --name "Your Name"`: makes
 * the instance's administrator (a teacher) straight in the database, so it
 * works before the web server has ever run and under
 * QUIZDECK_TEACHER_SIGNUP=closed. The password is read from standard input
 * (typed without echo, or piped). An existing account is promoted instead,
 * its password unchanged.
 */
const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" } },
  strict: true,
});

await runScript("admin:create", async (target) => {
  if (!values.email)
    throw new Error(
      'Give the email: npm run admin:create -- --email you@school.org --name "Your Name"',
    );
  printMigrationReport(await migrateDatabase(target));
  const db = createPrismaClient(target);
  try {
    const existing = await db.user.findUnique({
      where: { email: values.email.trim().toLowerCase() },
    });
    const password = existing
      ? undefined
      : await readPassword("Password for the new administrator: ");
    const { user, created } = await createAdmin(db, {
      email: values.email,
      name: values.name,
      password,
    });
    console.log(
      created
        ? `Created the administrator ${user.email} (a teacher). Sign in with that email and password.`
        : `${user.email} already had an account: it is now an administrator and a teacher (password unchanged).`,
    );
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw new Error(Object.values(error.fieldErrors).flat().join(" ") || error.message);
  } finally {
    await db.$disconnect();
  }
});
