import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, NotFoundError, parseInput } from "../../errors.ts";
import { inTransaction } from "../../transaction.ts";

const undoReviewSchema = z.object({
  userId: z.string().min(1),
  reviewLogId: z.string().min(1),
});
export type UndoReviewOptions = z.input<typeof undoReviewSchema> & { now?: Date };

/**
 * Takes back a flashcard rating: the card returns to exactly the state it had
 * before, and the log entry is kept, marked undone (history is never erased).
 * Only the latest standing review of a card can be undone; undoing twice is a no-op.
 */
export async function undoReview(db: Db, options: UndoReviewOptions) {
  const { userId, reviewLogId } = parseInput(undoReviewSchema, options);
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const log = await tx.reviewLog.findUnique({ where: { id: reviewLogId } });
    if (!log || log.userId !== userId) throw new NotFoundError("That review does not exist.");
    if (log.source !== "flashcard") {
      throw new ConflictError("Quiz answers cannot be undone from the flashcard screen.");
    }
    await tx.$queryRaw`SELECT id FROM "item_memory" WHERE id = ${log.memoryId} FOR UPDATE`;
    if (log.undoneAt) {
      return {
        memory: await tx.itemMemory.findUniqueOrThrow({ where: { id: log.memoryId } }),
        log,
      };
    }
    const later = await tx.reviewLog.findFirst({
      where: { memoryId: log.memoryId, undoneAt: null, reviewedAt: { gt: log.reviewedAt } },
    });
    if (later) throw new ConflictError("Only the most recent rating of a card can be undone.");

    const memory = await tx.itemMemory.update({
      where: { id: log.memoryId },
      data: {
        state: log.stateBefore,
        due: log.dueBefore,
        stability: log.stabilityBefore,
        difficulty: log.difficultyBefore,
        elapsedDays: log.elapsedDaysBefore,
        scheduledDays: log.scheduledDaysBefore,
        learningSteps: log.learningStepsBefore,
        reps: log.repsBefore,
        lapses: log.lapsesBefore,
        lastReview: log.lastReviewBefore,
      },
    });
    const undone = await tx.reviewLog.update({ where: { id: log.id }, data: { undoneAt: now } });
    return { memory, log: undone };
  });
}
