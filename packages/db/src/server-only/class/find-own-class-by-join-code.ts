import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { joinCodeField } from "../../fields/class.ts";

const findOwnClassByJoinCodeSchema = z.object({
  studentId: z.string().min(1),
  joinCode: joinCodeField,
});

/**
 * The class the student is in now whose code this is, or null: entering
 * one's own code again is no guess at anyone else's, so the join form answers
 * it before counting the try. One query, whether or not another class holds
 * the code, so the answer's timing says nothing about other classes.
 */
export async function findOwnClassByJoinCode(
  db: Db,
  options: z.input<typeof findOwnClassByJoinCodeSchema>,
) {
  const { studentId, joinCode } = parseInput(findOwnClassByJoinCodeSchema, options);
  const enrollment = await db.enrollment.findFirst({
    where: { studentId, removedAt: null, class: { joinCode, archivedAt: null } },
    select: { class: { select: { id: true, name: true } } },
  });
  return enrollment?.class ?? null;
}
