import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { requireOwnAssignment } from "./internal/require-own-assignment.ts";

const listAccommodationsSchema = z.object({
  teacherId: z.string().min(1),
  assignmentId: z.string().min(1),
});

/** The accommodations on a teacher's assignment, with each student's name. */
export async function listAccommodations(
  db: Db,
  options: z.input<typeof listAccommodationsSchema>,
) {
  const { teacherId, assignmentId } = parseInput(listAccommodationsSchema, options);
  await requireOwnAssignment(db, teacherId, assignmentId);
  return db.accommodation.findMany({
    where: { assignmentId },
    include: { student: { select: { id: true, name: true } } },
    orderBy: { student: { name: "asc" } },
  });
}
