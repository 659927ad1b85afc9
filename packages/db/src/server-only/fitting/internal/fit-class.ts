import { setImmediate as yieldToRequests } from "node:timers/promises";
import {
  mergeCalibrations,
  type ParameterThresholds,
  recallCalibration,
} from "@quizdeck/core/fitting";
import { DEFAULT_WEIGHTS } from "@quizdeck/core/scheduling";
import type { Db } from "../../../client/create-prisma-client.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { FITTING_POLICY } from "../fitting-policy.ts";
import { chooseParameters } from "./choose-parameters.ts";
import type { ClassCalibration } from "./class-calibration.ts";
import { fitAndEvaluate } from "./fit-and-evaluate.ts";
import { type LearnerHistory, learnerHistory } from "./review-history.ts";

/**
 * One class's job: pool the reviews of its current students, fit weights to
 * them once there are enough to be used, choose again what schedules each
 * student, and measure how well the weights now in use predict the class's
 * reviews (calibration). Histories are read one student at a time, giving way
 * to requests in between: with embedded PGlite the worker shares their process.
 */
export async function fitClass(
  db: Db,
  classId: string,
  thresholds: ParameterThresholds,
  now: Date,
): Promise<{ reviews: number; fitted: boolean } | null> {
  const klass = await db.class.findUnique({
    where: { id: classId },
    select: {
      archivedAt: true,
      enrollments: {
        where: { removedAt: null },
        select: { student: { select: { id: true, timeZone: true } } },
      },
    },
  });
  if (!klass || klass.archivedAt) return null;
  const histories: LearnerHistory[] = [];
  for (const { student } of klass.enrollments) {
    histories.push(await learnerHistory(db, student));
    await yieldToRequests();
  }
  const reviews = histories.reduce((sum, history) => sum + history.reviews, 0);
  const pooled = histories
    .flatMap((history) => history.sequences)
    .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const enough = reviews >= thresholds.classReviews;
  const fit = await fitAndEvaluate(pooled, reviews, enough, now);
  await db.memoryFit.upsert({
    where: { classId },
    create: { classId, ...fit },
    update: fit,
  });

  const studentIds = histories.map((history) => history.userId);
  await chooseParameters(db, studentIds, thresholds, now);
  const calibration = await calibrate(db, histories);
  await db.memoryFit.update({
    where: { classId },
    data: { calibration: calibration as unknown as Prisma.InputJsonObject },
  });
  return { reviews, fitted: fit.weights.length > 0 };
}

/** Predicted against actual recall of each student's reviews, under the weights now in use for them, and under the defaults. */
async function calibrate(db: Db, histories: readonly LearnerHistory[]): Promise<ClassCalibration> {
  const models = await db.memoryModel.findMany({
    where: { userId: { in: histories.map((history) => history.userId) } },
    select: { userId: true, weights: true },
  });
  const weightsOf = new Map(models.map((model) => [model.userId, model.weights]));
  const options = FITTING_POLICY.calibration;
  const inUse = [];
  const defaults = [];
  for (const history of histories) {
    const weights = weightsOf.get(history.userId);
    inUse.push(
      recallCalibration(
        history.sequences,
        weights && weights.length > 0 ? weights : DEFAULT_WEIGHTS,
        options,
      ),
    );
    defaults.push(recallCalibration(history.sequences, DEFAULT_WEIGHTS, options));
    await yieldToRequests();
  }
  return {
    predictions: histories.reduce((sum, history) => sum + history.sequences.length, 0),
    inUse: mergeCalibrations(inUse),
    defaults: mergeCalibrations(defaults),
  };
}
