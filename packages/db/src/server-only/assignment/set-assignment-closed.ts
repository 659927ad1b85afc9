import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { requireOwnAssignment } from "./internal/require-own-assignment.ts";

const setAssignmentClosedSchema = z.object({
  teacherId: z.string().min(1),
  assignmentId: z.string().min(1),
  closed: z.boolean(),
});

/** Closes an assignment to new attempts (attempts in progress can still be submitted), or reopens it. */
export async function setAssignmentClosed(
  db: Db,
  options: z.input<typeof setAssignmentClosedSchema> & { now?: Date },
) {
  const { teacherId, assignmentId, closed } = parseInput(setAssignmentClosedSchema, options);
  const assignment = await requireOwnAssignment(db, teacherId, assignmentId);
  return db.assignment.update({
    where: { id: assignment.id },
    data: { closedAt: closed ? (assignment.closedAt ?? options.now ?? new Date()) : null },
  });
}
