"use server";

import { getDb } from "@quizdeck/db";
import { retryMissed, startAttempt, startPractice } from "@quizdeck/db/attempt";
import { FEEDBACK_MODES, idField } from "@quizdeck/db/fields";
import { z } from "zod";
import { defineAction } from "@/server/action/define-action";
import { optionalText, optionalWholeNumber, repeated } from "@/server/action/form-coercions";

const attemptPage = (attemptId: string) => `/attempts/${encodeURIComponent(attemptId)}`;

/** The practice form: a set, or the filter fields of the practice page (named as in its URL). */
const practiceForm = z
  .object({
    setId: optionalText,
    feedbackMode: z.enum(FEEDBACK_MODES).default("immediate"),
    count: optionalWholeNumber,
    tag: repeated(z.string()),
    type: repeated(z.string()),
    difficulty: repeated(z.coerce.number()),
    level: repeated(z.string()),
    paragraph: repeated(z.string()),
  })
  .transform(({ tag, type, difficulty, level, paragraph, ...rest }) => ({
    ...rest,
    filter: {
      tags: tag,
      types: type,
      difficulties: difficulty,
      levels: level,
      paragraphIds: paragraph,
    },
  }));

export const startPracticeAction = defineAction({
  access: "user",
  input: practiceForm,
  returnTo: () => "/practice",
  async handle({ user, input }) {
    const { attempt } = await startPractice(getDb(), { userId: user.id, ...input });
    return { redirectTo: attemptPage(attempt.id) };
  },
});

export const startAssignmentAction = defineAction({
  access: "student",
  input: z.object({ assignmentId: idField("That assignment") }),
  returnTo: (fields) => `/assignments/${encodeURIComponent(String(fields.assignmentId))}`,
  async handle({ user, input }) {
    const { attempt } = await startAttempt(getDb(), {
      kind: "assignment",
      userId: user.id,
      assignmentId: input.assignmentId,
    });
    return { redirectTo: attemptPage(attempt.id) };
  },
});

export const retryMissedAction = defineAction({
  access: "user",
  input: z.object({ attemptId: idField("That attempt") }),
  returnTo: (fields) => `${attemptPage(String(fields.attemptId))}/results`,
  async handle({ user, input }) {
    const { attempt } = await retryMissed(getDb(), { userId: user.id, attemptId: input.attemptId });
    return { redirectTo: attemptPage(attempt.id) };
  },
});
