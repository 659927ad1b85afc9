import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, NotFoundError, parseInput } from "../../errors.ts";
import { joinCodeField } from "../../fields/class.ts";
import { inTransaction } from "../../transaction.ts";
import { requireUser } from "../user/internal/require-user.ts";

const joinClassSchema = z.object({
  studentId: z.string().min(1),
  joinCode: joinCodeField,
});
export type JoinClassOptions = z.input<typeof joinClassSchema>;

/**
 * Enrols a student by join code. Joining again is harmless; a student the
 * teacher removed cannot rejoin on their own.
 */
export async function joinClass(db: Db, options: JoinClassOptions) {
  const { studentId, joinCode } = parseInput(joinClassSchema, options);
  return inTransaction(db, async (tx) => {
    await requireUser(tx, studentId, "student");
    const klass = await tx.class.findUnique({ where: { joinCode } });
    if (!klass) throw new NotFoundError("No class has that join code. Check it with your teacher.");
    if (klass.archivedAt) {
      throw new ConflictError("That class has been archived and no longer takes new students.");
    }
    const existing = await tx.enrollment.findUnique({
      where: { classId_studentId: { classId: klass.id, studentId } },
    });
    if (existing?.removedAt) {
      throw new ConflictError(
        "Your teacher removed you from this class. Ask them to add you back.",
      );
    }
    const enrollment =
      existing ?? (await tx.enrollment.create({ data: { classId: klass.id, studentId } }));
    return { class: klass, enrollment, alreadyMember: existing !== null };
  });
}
