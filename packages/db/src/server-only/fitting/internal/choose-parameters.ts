import {
  chooseWeights,
  type FittedWeights,
  type ParameterThresholds,
} from "@quizdeck/core/fitting";
import type { Db } from "../../../client/create-prisma-client.ts";
import type { MemoryFit } from "../../../generated/prisma/client.ts";

/** A stored fit the scheduler can use: one that fitted weights (an empty list means it did not). */
function usable(fit: MemoryFit | null | undefined): (FittedWeights & { fit: MemoryFit }) | null {
  return fit && fit.weights.length > 0 ? { weights: fit.weights, reviews: fit.reviews, fit } : null;
}

const sameWeights = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((weight, index) => weight === b[index]);

/**
 * Decides, for each of these learners, which weights schedule them: their own
 * fit once it rests on enough of their reviews, else the pooled fit of the
 * current class with the most reviews behind it once that has enough, else
 * FSRS's defaults (`chooseWeights`). A learner whose choice changes gets the
 * new weights in `memory_model`; nothing else moves. Their items keep their
 * due dates, and each is scheduled with the new weights from its next review,
 * so a switch never brings a wall of cards due at once.
 */
export async function chooseParameters(
  db: Db,
  userIds: readonly string[],
  thresholds: ParameterThresholds,
  now: Date,
): Promise<number> {
  if (userIds.length === 0) return 0;
  const learners = await db.user.findMany({
    where: { id: { in: [...userIds] } },
    select: {
      id: true,
      memoryFit: true,
      memoryModel: { select: { source: true, weights: true, classId: true } },
      enrollments: {
        where: { removedAt: null, class: { archivedAt: null } },
        select: { class: { select: { memoryFit: true } } },
      },
    },
  });
  let changed = 0;
  for (const learner of learners) {
    const classFits = learner.enrollments
      .map((enrollment) => usable(enrollment.class.memoryFit))
      .filter((fit) => fit !== null)
      .sort((a, b) => b.reviews - a.reviews || (a.fit.id < b.fit.id ? -1 : 1));
    const own = usable(learner.memoryFit);
    const pooled = classFits[0] ?? null;
    const chosen = chooseWeights({ student: own, class: pooled }, thresholds);
    const from = chosen.source === "student" ? own : chosen.source === "class" ? pooled : null;
    const next = {
      source: chosen.source,
      weights: from ? [...from.weights] : [],
      reviews: chosen.reviews,
      classId: chosen.source === "class" ? (pooled?.fit.classId ?? null) : null,
      fittedAt: from?.fit.fittedAt ?? null,
    };
    const current = learner.memoryModel;
    if (
      current &&
      current.source === next.source &&
      current.classId === next.classId &&
      sameWeights(current.weights, next.weights)
    ) {
      continue;
    }
    await db.memoryModel.upsert({
      where: { userId: learner.id },
      create: { userId: learner.id, ...next, chosenAt: now },
      update: { ...next, chosenAt: now },
    });
    changed += 1;
  }
  return changed;
}
