import type { Db } from "../../client/create-prisma-client.ts";
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } from "../../seed/demo-accounts.ts";

/**
 * The demo accounts present in this database (the seed made them), so the
 * sign-in page can say so; none on a server that was never seeded.
 */
export async function listDemoAccounts(db: Db) {
  const emails = [DEMO_TEACHER.email, ...DEMO_STUDENTS.map((student) => student.email)];
  const present = await db.user.findMany({
    where: { email: { in: emails } },
    select: { email: true },
  });
  const found = new Set(present.map((user) => user.email));
  return {
    teachers: found.has(DEMO_TEACHER.email) ? [DEMO_TEACHER.email] : [],
    students: DEMO_STUDENTS.map((student) => student.email).filter((email) => found.has(email)),
    password: DEMO_PASSWORD,
  };
}
