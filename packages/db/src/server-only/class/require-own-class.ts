import type { Db } from "../../client/create-prisma-client.ts";
import { ForbiddenError, NotFoundError } from "../../errors.ts";
import type { Tx } from "../../transaction.ts";

/** The class, if `teacherId` teaches it; otherwise not found or forbidden. */
export async function requireOwnClass(db: Db | Tx, teacherId: string, classId: string) {
  const klass = await db.class.findUnique({ where: { id: classId } });
  if (!klass) throw new NotFoundError("That class does not exist.");
  if (klass.teacherId !== teacherId) throw new ForbiddenError("That is not one of your classes.");
  return klass;
}
