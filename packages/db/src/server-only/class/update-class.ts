import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { classNameField } from "../../fields/class.ts";
import { inTransaction } from "../../transaction.ts";
import { finalizeOpenAttempts } from "../attempt/internal/finalize-open-attempts.ts";
import { requireOwnClass } from "./internal/require-own-class.ts";

const updateClassSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
  name: classNameField.optional(),
  /** true archives (no joining, no new work, hidden from students); false restores. */
  archived: z.boolean().optional(),
});

/**
 * Renames, archives or restores a teacher's own class. Archiving ends its work:
 * attempts still open are submitted as they stand.
 */
export async function updateClass(
  db: Db,
  options: z.input<typeof updateClassSchema> & { now?: Date },
) {
  const { teacherId, classId, name, archived } = parseInput(updateClassSchema, options);
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const klass = await requireOwnClass(tx, teacherId, classId);
    const updated = await tx.class.update({
      where: { id: klass.id },
      data: {
        ...(name !== undefined ? { name } : {}),
        ...(archived !== undefined
          ? { archivedAt: archived ? (klass.archivedAt ?? now) : null }
          : {}),
      },
    });
    if (archived) await finalizeOpenAttempts(tx, { classId }, now);
    return updated;
  });
}
