import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { classNameField } from "../../fields/class.ts";
import { requireOwnClass } from "./internal/require-own-class.ts";

const updateClassSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
  name: classNameField.optional(),
  /** true archives (no joining, no new work, hidden from students); false restores. */
  archived: z.boolean().optional(),
});

/** Renames, archives or restores a teacher's own class. */
export async function updateClass(
  db: Db,
  options: z.input<typeof updateClassSchema> & { now?: Date },
) {
  const { teacherId, classId, name, archived } = parseInput(updateClassSchema, options);
  const klass = await requireOwnClass(db, teacherId, classId);
  return db.class.update({
    where: { id: klass.id },
    data: {
      ...(name !== undefined ? { name } : {}),
      ...(archived !== undefined
        ? { archivedAt: archived ? (klass.archivedAt ?? options.now ?? new Date()) : null }
        : {}),
    },
  });
}
