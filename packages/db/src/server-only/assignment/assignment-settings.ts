import { z } from "zod";

const RETENTION_RANGE = "A retention goal is between 70% and 99%.";

/** The settings a teacher chooses for an assignment, shared by create and edit. */
export const assignmentSettingsShape = {
  title: z
    .string()
    .trim()
    .min(1, "Give the assignment a title.")
    .max(120, "At most 120 characters."),
  opensAt: z.coerce.date({ error: "Enter when the assignment opens." }),
  dueAt: z.coerce.date().optional(),
  /** Absent: unlimited attempts. */
  attemptsAllowed: z
    .number()
    .int()
    .min(1, "At least 1 attempt.")
    .max(50, "At most 50 attempts.")
    .optional(),
  shuffleQuestions: z.boolean().default(false),
  shuffleOptions: z.boolean().default(false),
  feedbackMode: z.enum(["immediate", "after_submit"]).default("immediate"),
  timeLimitMinutes: z
    .number()
    .int()
    .min(1, "At least 1 minute.")
    .max(600, "At most 600 minutes.")
    .optional(),
  allowLate: z.boolean().default(false),
  retentionTarget: z.number().min(0.7, RETENTION_RANGE).max(0.99, RETENTION_RANGE).optional(),
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

export function settingsToColumns(input: z.output<z.ZodObject<typeof assignmentSettingsShape>>) {
  return {
    title: input.title,
    opensAt: input.opensAt,
    dueAt: input.dueAt ?? null,
    attemptsAllowed: input.attemptsAllowed ?? null,
    shuffleQuestions: input.shuffleQuestions,
    shuffleOptions: input.shuffleOptions,
    feedbackMode: input.feedbackMode,
    timeLimitSeconds: input.timeLimitMinutes ? input.timeLimitMinutes * 60 : null,
    allowLate: input.allowLate,
    retentionTarget: input.retentionTarget ?? null,
    retentionUntil: input.retentionUntil ?? null,
  };
}
