import { ANSWER_RELEASES, SCORE_RELEASES } from "@quizdeck/core/release";
import { z } from "zod";
import { LIMITS } from "./limits.ts";

const RETENTION_RANGE = `A retention goal is between ${LIMITS.retentionPercentMin}% and ${LIMITS.retentionPercentMax}%.`;

export const FEEDBACK_MODES = ["immediate", "after_submit"] as const;

/** The settings a teacher chooses for an assignment, shared by create and edit. */
export const assignmentSettingsShape = {
  title: z
    .string()
    .trim()
    .min(1, "Give the assignment a title.")
    .max(LIMITS.assignmentTitleMax, `At most ${LIMITS.assignmentTitleMax} characters.`),
  opensAt: z.coerce.date({ error: "Enter when the assignment opens." }),
  dueAt: z.coerce.date().optional(),
  /** Absent: unlimited attempts. */
  attemptsAllowed: z
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(1, "At least 1 attempt.")
    .max(LIMITS.attemptsAllowedMax, `At most ${LIMITS.attemptsAllowedMax} attempts.`)
    .optional(),
  shuffleQuestions: z.boolean().default(false),
  shuffleOptions: z.boolean().default(false),
  /** When students see the correct answers and explanations; "after_each_answer" is immediate feedback. */
  answerRelease: z
    .enum(ANSWER_RELEASES, { error: "Choose when students see the answers." })
    .default("after_due"),
  answersReleaseAt: z.coerce.date().optional(),
  scoreRelease: z
    .enum(SCORE_RELEASES, { error: "Choose when students see their score." })
    .default("after_each_attempt"),
  scoreReleaseAt: z.coerce.date().optional(),
  timeLimitMinutes: z
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(1, "At least 1 minute.")
    .max(LIMITS.timeLimitMinutesMax, `At most ${LIMITS.timeLimitMinutesMax} minutes.`)
    .optional(),
  allowLate: z.boolean().default(false),
  retentionTarget: z
    .number()
    .min(LIMITS.retentionPercentMin / 100, RETENTION_RANGE)
    .max(LIMITS.retentionPercentMax / 100, RETENTION_RANGE)
    .optional(),
  retentionUntil: z.coerce.date().optional(),
};

type Settings = {
  opensAt: Date;
  dueAt?: Date | undefined;
  retentionTarget?: number | undefined;
  retentionUntil?: Date | undefined;
  answerRelease: string;
  answersReleaseAt?: Date | undefined;
  scoreRelease: string;
  scoreReleaseAt?: Date | undefined;
};

/** Cross-field rules: due after opening; a retention goal needs both parts and a later date. */
export function refineAssignmentSettings(input: Settings, ctx: z.RefinementCtx): void {
  if (input.dueAt && input.dueAt <= input.opensAt) {
    ctx.addIssue({
      code: "custom",
      path: ["dueAt"],
      message: "The due time must be after the opening time.",
    });
  }
  if ((input.retentionTarget === undefined) !== (input.retentionUntil === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["retentionUntil"],
      message: "A retention goal needs both a target and a date.",
    });
  }
  if (input.answerRelease === "on_date" && !input.answersReleaseAt) {
    ctx.addIssue({
      code: "custom",
      path: ["answersReleaseAt"],
      message: "Enter the date the answers are shown.",
    });
  }
  if (input.scoreRelease === "on_date" && !input.scoreReleaseAt) {
    ctx.addIssue({
      code: "custom",
      path: ["scoreReleaseAt"],
      message: "Enter the date scores are shown.",
    });
  }
  if (input.retentionUntil && input.retentionUntil <= input.opensAt) {
    ctx.addIssue({
      code: "custom",
      path: ["retentionUntil"],
      message: "The retention date must be after the opening time.",
    });
  }
}

/** A teacher's per-student terms on an assignment; all empty means none. */
export const accommodationShape = {
  extraMinutes: z
    .number({ error: "Enter a whole number of minutes." })
    .int("Enter a whole number of minutes.")
    .min(0, "Extra time cannot be negative.")
    .max(
      LIMITS.accommodationExtraMinutesMax,
      `At most ${LIMITS.accommodationExtraMinutesMax} extra minutes.`,
    )
    .optional(),
  timeMultiplier: z
    .number({ error: "Enter a number like 1.5." })
    .min(1, "A multiplier of at least 1 (1.5 is half as long again).")
    .max(LIMITS.accommodationMultiplierMax, `At most ${LIMITS.accommodationMultiplierMax} times.`)
    .optional(),
  extraAttempts: z
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(0, "Extra attempts cannot be negative.")
    .max(
      LIMITS.accommodationExtraAttemptsMax,
      `At most ${LIMITS.accommodationExtraAttemptsMax} extra attempts.`,
    )
    .default(0),
  dueAt: z.coerce.date({ error: "Enter a valid date and time." }).optional(),
};
