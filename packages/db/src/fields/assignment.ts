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
  feedbackMode: z.enum(FEEDBACK_MODES).default("immediate"),
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
  if (input.retentionUntil && input.retentionUntil <= input.opensAt) {
    ctx.addIssue({
      code: "custom",
      path: ["retentionUntil"],
      message: "The retention date must be after the opening time.",
    });
  }
}
