import type { z } from "zod";
import type { assignmentSettingsShape } from "../../../fields/assignment.ts";

/** The validated settings as the assignment table's columns. */
export function settingsToColumns(input: z.output<z.ZodObject<typeof assignmentSettingsShape>>) {
  return {
    title: input.title,
    opensAt: input.opensAt,
    dueAt: input.dueAt ?? null,
    attemptsAllowed: input.attemptsAllowed ?? null,
    shuffleQuestions: input.shuffleQuestions,
    shuffleOptions: input.shuffleOptions,
    answerRelease: input.answerRelease,
    answersReleaseAt: input.answerRelease === "on_date" ? (input.answersReleaseAt ?? null) : null,
    scoreRelease: input.scoreRelease,
    scoreReleaseAt: input.scoreRelease === "on_date" ? (input.scoreReleaseAt ?? null) : null,
    timeLimitSeconds: input.timeLimitMinutes ? input.timeLimitMinutes * 60 : null,
    allowLate: input.allowLate,
    retentionTarget: input.retentionTarget ?? null,
    retentionUntil: input.retentionUntil ?? null,
  };
}
