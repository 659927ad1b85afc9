import type { Db } from "../../../client/create-prisma-client.ts";
import { NotFoundError } from "../../../errors.ts";
import type { ParameterSource } from "../../../generated/prisma/client.ts";
import type { Tx } from "../../../transaction.ts";
import { type LearnerScheduling, learnerScheduling } from "./learner-scheduling.ts";
import { liveGoalsOf } from "./live-goals.ts";

/** How one learner's memory is scheduled, and where each part comes from. */
export interface MemoryModelView {
  /** Their time zone, rollover hour, weights and own target recall (no goal applied). */
  scheduling: LearnerScheduling;
  /** Whether their browser has reported a time zone yet (until then their days are UTC's). */
  timeZoneKnown: boolean;
  /** Where the weights in use come from, how many reviews they rest on, when they were fitted. */
  source: ParameterSource;
  reviews: number;
  fittedAt: Date | null;
  /** The class whose pooled fit is in use (source "class"). */
  classId: string | null;
  /** The target the learner chose; null: the default. */
  chosenRetention: number | null;
  /** Flashcard id → the highest live retention goal a teacher set on it. */
  goals: ReadonlyMap<string, number>;
}

/** The learner's model as stored (no row: FSRS's defaults), with the live goals on their cards. */
export async function readMemoryModel(
  db: Db | Tx,
  userId: string,
  now: Date,
): Promise<MemoryModelView> {
  const [user, goals] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: { timeZone: true, memoryModel: true },
    }),
    db.$queryRaw<{ cardId: string; target: number }[]>`
      SELECT card AS "cardId", max(g."retentionTarget") AS "target"
        FROM (SELECT s."flashcardIds", s."retentionTarget" ${liveGoalsOf(userId, now)}) g,
             unnest(g."flashcardIds") AS card
       GROUP BY card`,
  ]);
  if (!user) throw new NotFoundError("Your account no longer exists. Please sign in again.");
  const model = user.memoryModel;
  const scheduling = learnerScheduling({
    timeZone: user.timeZone,
    weights: model?.weights ?? null,
    desiredRetention: model?.desiredRetention ?? null,
  });
  return {
    scheduling,
    timeZoneKnown: user.timeZone === scheduling.timeZone,
    source: model?.source ?? "default",
    reviews: model?.reviews ?? 0,
    fittedAt: model?.fittedAt ?? null,
    classId: model?.classId ?? null,
    chosenRetention: model?.desiredRetention ?? null,
    goals: new Map(goals.map((goal) => [goal.cardId, goal.target])),
  };
}
