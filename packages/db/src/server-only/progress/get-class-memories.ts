import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { withheldQuestionIds } from "../assignment/internal/withheld-question-ids.ts";
import { requireOwnClass } from "../class/internal/require-own-class.ts";
import { isLibraryCardId } from "../library/internal/library-card-id.ts";
import { libraryContent } from "../library/internal/library-content.ts";
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
 * scheduled (their days and weights, with where the weights come from), and
 * the teacher's own cards the class's opened assignments give it, with the
 * tags of their latest published version: the input of class memory. A
 * question another teacher's assignment still withholds from a student is left
 * out of that student's memories (its state would tell their mark).
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
  const [memories, recalled, libraryCards, withheld] = await Promise.all([
    db.itemMemory.findMany({ where: { userId: { in: studentIds }, state: { not: "new" } } }),
    recalledItems(db, studentIds),
    classLibraryCards(db, klass.id, klass.teacherId, now),
    withheldFromViewer(db, studentIds, teacherId, now),
  ]);
  const byStudent = new Map<string, Map<string, ReturnType<typeof toSnapshot>>>();
  for (const memory of memories) {
    if (withheld.get(memory.userId)?.has(memory.itemId)) continue;
    const items = byStudent.get(memory.userId) ?? new Map();
    items.set(memory.itemId, toSnapshot(memory, now));
    byStudent.set(memory.userId, items);
  }
  const recalledShown = (studentId: string) => {
    const hidden = withheld.get(studentId);
    return new Set([...(recalled.get(studentId) ?? [])].filter((id) => !hidden?.has(id)));
  };
  return {
    class: klass,
    libraryCards,
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
      recalled: recalledShown(student.id),
    })),
  };
}

/** Per student, the questions withheld from them that this teacher may not see. */
async function withheldFromViewer(
  db: Db,
  studentIds: readonly string[],
  teacherId: string,
  now: Date,
): Promise<Map<string, Set<string>>> {
  const sets = await Promise.all(
    studentIds.map((id) => withheldQuestionIds(db, id, now, { viewerTeacherId: teacherId })),
  );
  return new Map(studentIds.map((id, index) => [id, sets[index] ?? new Set<string>()]));
}

async function classLibraryCards(db: Db, classId: string, teacherId: string, now: Date) {
  const assignments = await db.assignment.findMany({
    where: { classId, opensAt: { lte: now } },
    select: { flashcardIds: true },
  });
  const ids = [...new Set(assignments.flatMap((entry) => entry.flashcardIds))].filter(
    isLibraryCardId,
  );
  if (ids.length === 0) return [];
  const versions = await db.libraryItemVersion.findMany({
    where: { itemId: { in: ids }, frozenAt: { not: null }, item: { teacherId, kind: "flashcard" } },
    orderBy: [{ itemId: "asc" }, { number: "desc" }],
    distinct: ["itemId"],
    select: { itemId: true, content: true },
  });
  return versions.map((version) => ({
    itemId: version.itemId,
    tags: libraryContent("flashcard", version.content).tags,
  }));
}
