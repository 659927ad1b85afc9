import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { readMemoryModel } from "./internal/read-memory-model.ts";
import { recalledItems } from "./internal/recalled-items.ts";
import { toSnapshot } from "./memory-snapshot.ts";

const listRetentionGoalsSchema = z.object({ studentId: z.string().min(1) });

/**
 * The flashcard retention goals a student is working towards: assignments of
 * their current classes with a goal date still ahead, each with the student's
 * own memory of the goal's cards and the cards they have recalled at least
 * once (to predict their recall), and how the student's memory is scheduled
 * (their days and weights).
 */
export async function listRetentionGoals(
  db: Db,
  options: z.input<typeof listRetentionGoalsSchema> & { now?: Date },
) {
  const { studentId } = parseInput(listRetentionGoalsSchema, options);
  const now = options.now ?? new Date();
  const goals = await db.assignment.findMany({
    where: {
      retentionTarget: { not: null },
      retentionUntil: { gt: now },
      closedAt: null,
      opensAt: { lte: now },
      class: { archivedAt: null, enrollments: { some: { studentId, removedAt: null } } },
    },
    include: { class: { select: { name: true } } },
    orderBy: { retentionUntil: "asc" },
  });
  const cardIds = [...new Set(goals.flatMap((goal) => goal.flashcardIds))];
  const [memories, recalled, model] = await Promise.all([
    db.itemMemory.findMany({ where: { userId: studentId, itemId: { in: cardIds } } }),
    recalledItems(db, [studentId], cardIds),
    readMemoryModel(db, studentId, now),
  ]);
  const recalledCards = recalled.get(studentId) ?? new Set<string>();
  const snapshots = new Map(memories.map((memory) => [memory.itemId, toSnapshot(memory, now)]));
  const goalList = goals.map((goal) => ({
    assignmentId: goal.id,
    title: goal.title,
    className: goal.class.name,
    setId: goal.setId,
    cardIds: goal.flashcardIds,
    target: goal.retentionTarget as number,
    until: goal.retentionUntil as Date,
    recalled: new Set(goal.flashcardIds.filter((id) => recalledCards.has(id))),
    memories: new Map(
      goal.flashcardIds.flatMap((id) => {
        const snapshot = snapshots.get(id);
        return snapshot ? [[id, snapshot] as const] : [];
      }),
    ),
  }));
  return { scheduling: model.scheduling, goals: goalList };
}
