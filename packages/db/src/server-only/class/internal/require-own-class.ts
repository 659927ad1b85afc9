import type { Db } from "../../../client/create-prisma-client.ts";
import { NotFoundError } from "../../../errors.ts";
import type { Tx } from "../../../transaction.ts";

/** The class, if `teacherId` teaches it; otherwise not found (another teacher's class is not revealed). */
export async function requireOwnClass(db: Db | Tx, teacherId: string, classId: string) {
  const klass = await db.class.findUnique({ where: { id: classId } });
  if (!klass || klass.teacherId !== teacherId)
    throw new NotFoundError("That class does not exist.");
  return klass;
}
