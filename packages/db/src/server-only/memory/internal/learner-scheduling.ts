import { DEFAULT_DESIRED_RETENTION, type SchedulingOptions } from "@quizdeck/core/scheduling";
import { isValidTimeZone } from "@quizdeck/core/time";
import { MEMORY_POLICY } from "../memory-policy.ts";

/** What is stored of how a learner's memory is scheduled (null: nothing stored). */
export interface StoredLearnerModel {
  timeZone: string | null;
  /** Fitted weights in use; null or empty for FSRS's defaults. */
  weights: readonly number[] | null;
  desiredRetention: number | null;
}

/** Everything the scheduler is told about one learner's item, except its fuzz key. */
export type LearnerScheduling = Required<Omit<SchedulingOptions, "fuzzKey" | "weights">> & {
  weights?: readonly number[];
};

/**
 * How one learner's item is scheduled: in their time zone (UTC until their
 * browser has reported one) with the policy's rollover hour, with the weights
 * the fitting job chose for them, aiming at the recall they chose, or at a
 * teacher's live retention goal for the card when that asks for more: a goal
 * is a floor the learner may aim above, never below.
 */
export function learnerScheduling(
  stored: StoredLearnerModel,
  goalRetention: number | null = null,
): LearnerScheduling {
  const timeZone = stored.timeZone && isValidTimeZone(stored.timeZone) ? stored.timeZone : "UTC";
  const own: LearnerScheduling = {
    timeZone,
    rolloverHour: MEMORY_POLICY.rolloverHour,
    desiredRetention: stored.desiredRetention ?? DEFAULT_DESIRED_RETENTION,
    ...(stored.weights && stored.weights.length > 0 ? { weights: stored.weights } : {}),
  };
  return withGoal(own, goalRetention);
}

/** A learner's scheduling for a card with a teacher's goal: the goal's recall when it asks for more. */
export function withGoal(
  scheduling: LearnerScheduling,
  goalRetention: number | null | undefined,
): LearnerScheduling {
  return goalRetention != null && goalRetention > scheduling.desiredRetention
    ? { ...scheduling, desiredRetention: goalRetention }
    : scheduling;
}
