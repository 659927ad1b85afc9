import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { requireOwnClass } from "../class/internal/require-own-class.ts";
import { learnerScheduling } from "../memory/internal/learner-scheduling.ts";
import { recalledItems } from "../memory/internal/recalled-items.ts";
import { toSnapshot } from "../memory/memory-snapshot.ts";

const getClassMemoriesSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
});

/**
 * The FSRS memory of every current student of a teacher's class, per item,
 * the items each has recalled at least once, and how each one's memory is
 * scheduled (their days and weights, with where the weights come from): the
 * input of class memory.
 */
export async function getClassMemories(
  db: Db,
  options: z.input<typeof getClassMemoriesSchema> & { now?: Date },
) {
  const { teacherId, classId } = parseInput(getClassMemoriesSchema, options);
  const now = options.now ?? new Date();
  const klass = await requireOwnClass(db, teacherId, classId);
  const enrollments = await db.enrollment.findMany({
    where: { classId, removedAt: null },
    include: {
      student: {
        select: {
          id: true,
          name: true,
          timeZone: true,
          memoryModel: { select: { weights: true, desiredRetention: true, source: true } },
        },
      },
    },
    orderBy: { student: { name: "asc" } },
  });
  const studentIds = enrollments.map((enrollment) => enrollment.studentId);
  const [memories, recalled] = await Promise.all([
    db.itemMemory.findMany({ where: { userId: { in: studentIds }, state: { not: "new" } } }),
    recalledItems(db, studentIds),
  ]);
  const byStudent = new Map<string, Map<string, ReturnType<typeof toSnapshot>>>();
  for (const memory of memories) {
    const items = byStudent.get(memory.userId) ?? new Map();
    items.set(memory.itemId, toSnapshot(memory, now));
    byStudent.set(memory.userId, items);
  }
  return {
    class: klass,
    students: enrollments.map(({ student }) => ({
      id: student.id,
      name: student.name,
      scheduling: learnerScheduling({
        timeZone: student.timeZone,
        weights: student.memoryModel?.weights ?? null,
        desiredRetention: student.memoryModel?.desiredRetention ?? null,
      }),
      parameterSource: student.memoryModel?.source ?? ("default" as const),
      memories: byStudent.get(student.id) ?? new Map(),
      recalled: recalled.get(student.id) ?? new Set<string>(),
    })),
  };
}
