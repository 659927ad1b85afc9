import { evaluateWeights, type Fit, fitWeights } from "@quizdeck/core/optimizer";
import { DEFAULT_WEIGHTS } from "@quizdeck/core/scheduling";
import type { StudentHistory } from "./simulated-classes.ts";

const DAY = 86_400_000;

/** One learner fitted on their first `studentReviews` reviews, scored on what follows. */
export interface CurvePoint {
  userId: string;
  studentReviews: number;
  /** The class's reviews at that moment (the pooled fit's size). */
  classReviews: number;
  testSequences: number;
  default: Fit;
  student: Fit;
  class: Fit;
}

/**
 * The learning curve: for each learner and each n in `sizes` (when they reach
 * n reviews), fit their first n reviews, and the class's reviews up to that
 * moment, and score both and the defaults on the learner's reviews in the
 * `windowDays` after it. Each learner counts once per n, so the table says
 * directly from how many reviews a fit starts to pay.
 */
export async function learningCurve(
  histories: readonly StudentHistory[],
  sizes: readonly number[],
  windowDays: number,
  progress: (text: string) => void = () => {},
): Promise<CurvePoint[]> {
  const points: CurvePoint[] = [];
  for (const size of sizes) {
    for (const history of histories) {
      const moment = history.log[size - 1]?.reviewedAt;
      if (!moment) continue;
      const upTo = (at: Date) => at.getTime() <= moment.getTime();
      const windowEnd = moment.getTime() + windowDays * DAY;
      const test = history.sequences.filter(
        (sequence) => !upTo(sequence.reviewedAt) && sequence.reviewedAt.getTime() < windowEnd,
      );
      const defaultFit = evaluateWeights(DEFAULT_WEIGHTS, test);
      if (!defaultFit) continue;
      const members = histories.filter((member) => member.classId === history.classId);
      const classReviews = members.reduce(
        (sum, member) => sum + member.log.filter((review) => upTo(review.reviewedAt)).length,
        0,
      );
      const classSequences = members
        .flatMap((member) => member.sequences.filter((sequence) => upTo(sequence.reviewedAt)))
        .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
      const student = await fitWeights(
        history.sequences.filter((sequence) => upTo(sequence.reviewedAt)),
        { reviews: size },
      );
      const klass = await fitWeights(classSequences, { reviews: classReviews });
      points.push({
        userId: history.userId,
        studentReviews: size,
        classReviews,
        testSequences: test.length,
        default: defaultFit,
        student: evaluateWeights(student.weights, test) as Fit,
        class: evaluateWeights(klass.weights, test) as Fit,
      });
    }
    progress(`learning curve: ${size} reviews done`);
  }
  return points;
}
