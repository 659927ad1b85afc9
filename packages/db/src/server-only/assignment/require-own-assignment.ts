import type { Db } from "../../client/create-prisma-client.ts";
import { ForbiddenError, NotFoundError } from "../../errors.ts";
import type { Tx } from "../../transaction.ts";

/** The assignment, if `teacherId` teaches its class; otherwise not found or forbidden. */
export async function requireOwnAssignment(db: Db | Tx, teacherId: string, assignmentId: string) {
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    include: { class: true },
  });
  if (!assignment) throw new NotFoundError("That assignment does not exist.");
  if (assignment.class.teacherId !== teacherId) {
    throw new ForbiddenError("That assignment belongs to another teacher's class.");
  }
  return assignment;
}
