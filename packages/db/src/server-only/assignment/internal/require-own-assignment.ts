import type { Db } from "../../../client/create-prisma-client.ts";
import { NotFoundError } from "../../../errors.ts";
import type { Tx } from "../../../transaction.ts";

/** The assignment, if `teacherId` teaches its class; otherwise not found (not revealed). */
export async function requireOwnAssignment(db: Db | Tx, teacherId: string, assignmentId: string) {
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    include: { class: true },
  });
  if (!assignment || assignment.class.teacherId !== teacherId) {
    throw new NotFoundError("That assignment does not exist.");
  }
  return assignment;
}
