import type { CalibrationBin } from "@quizdeck/core/fitting";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { requireOwnClass } from "../class/internal/require-own-class.ts";
import { FITTING_POLICY } from "./fitting-policy.ts";
import type { ClassCalibration } from "./internal/class-calibration.ts";

const getClassModelReportSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
});
export type GetClassModelReportOptions = z.input<typeof getClassModelReportSchema>;

/** Where the weights of a class's students come from: how many students each. */
export interface ParameterUsage {
  /** Their own fit. */
  student: number;
  /** This class's pooled fit. */
  thisClass: number;
  /** The pooled fit of another class they are in (one with more reviews). */
  otherClass: number;
  /** FSRS's defaults. */
  default: number;
}

export interface ClassModelReport {
  class: { id: string; name: string };
  /** The class's last pooled fit, with its provenance; null until the job has looked at the class. */
  fit: {
    fitted: boolean;
    reviews: number;
    sequences: number;
    fittedAt: Date;
    logLoss: number | null;
    rmseBins: number | null;
    defaultLogLoss: number | null;
    defaultRmseBins: number | null;
  } | null;
  /** Predicted against actual recall of the class's reviews, in bins; null until computed. */
  calibration: { predictions: number; inUse: CalibrationBin[]; defaults: CalibrationBin[] } | null;
  usage: ParameterUsage;
  students: number;
  /** A fit of the class is waiting in the queue. */
  pending: boolean;
  thresholds: { studentReviews: number; classReviews: number };
}

/**
 * How well the memory model serves a teacher's class: the class's pooled fit
 * and how it compares with FSRS's defaults, calibration (predicted recall
 * against what happened, under the weights each student is scheduled with)
 * and how many current students are scheduled with their own weights, this
 * class's, another class's or the defaults. Computed by the fitting job; read here.
 */
export async function getClassModelReport(
  db: Db,
  options: GetClassModelReportOptions,
): Promise<ClassModelReport> {
  const { teacherId, classId } = parseInput(getClassModelReportSchema, options);
  const klass = await requireOwnClass(db, teacherId, classId);
  const [fit, enrollments, job] = await Promise.all([
    db.memoryFit.findUnique({ where: { classId } }),
    db.enrollment.findMany({
      where: { classId, removedAt: null },
      select: { student: { select: { memoryModel: { select: { source: true, classId: true } } } } },
    }),
    db.memoryFitJob.findUnique({ where: { classId }, select: { id: true } }),
  ]);
  const usage: ParameterUsage = { student: 0, thisClass: 0, otherClass: 0, default: 0 };
  for (const { student } of enrollments) {
    const model = student.memoryModel;
    if (model?.source === "student") usage.student += 1;
    else if (model?.source === "class") {
      if (model.classId === classId) usage.thisClass += 1;
      else usage.otherClass += 1;
    } else usage.default += 1;
  }
  const calibration = fit?.calibration as ClassCalibration | null | undefined;
  return {
    class: { id: klass.id, name: klass.name },
    fit: fit
      ? {
          fitted: fit.weights.length > 0,
          reviews: fit.reviews,
          sequences: fit.sequences,
          fittedAt: fit.fittedAt,
          logLoss: fit.logLoss,
          rmseBins: fit.rmseBins,
          defaultLogLoss: fit.defaultLogLoss,
          defaultRmseBins: fit.defaultRmseBins,
        }
      : null,
    calibration: calibration ?? null,
    usage,
    students: enrollments.length,
    pending: job !== null,
    thresholds: { ...FITTING_POLICY.thresholds },
  };
}
