"use server";

import { bank } from "@quizdeck/content/bank";
import { filterQuestions, questionFilterSchema } from "@quizdeck/content/filter";
import { seededShuffle } from "@quizdeck/core/random";
import { DataError, getDb } from "@quizdeck/db";
import { startAttempt } from "@quizdeck/db/server-only/attempt/start-attempt";
import { joinClass } from "@quizdeck/db/server-only/class/join-class";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { readQuestionFilter } from "@/lib/practice/read-question-filter";
import { requireUser } from "@/lib/session";
import { formCall } from "./form-call";

const MAX_PRACTICE_QUESTIONS = 20;

const practiceSchema = z.object({
  feedbackMode: z.enum(["immediate", "after_submit"]).default("immediate"),
  count: z.coerce.number().int().min(1).max(MAX_PRACTICE_QUESTIONS).default(10),
});

/** Starts a practice quiz from a set or a filter of the bank, then opens it. */
export async function startPracticeAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser("/practice");
  const options = practiceSchema.safeParse({
    feedbackMode: formData.get("feedbackMode") ?? undefined,
    count: formData.get("count") ?? undefined,
  });
  if (!options.success) {
    return {
      message: "Please fix the highlighted fields.",
      fieldErrors: z.flattenError(options.error).fieldErrors,
    };
  }
  const setId = formData.get("setId");
  let questionIds: string[];
  if (typeof setId === "string" && setId !== "") {
    const set = bank.sets.find((candidate) => candidate.id === setId);
    if (!set) return { message: "That question set does not exist." };
    questionIds = set.questionIds;
  } else {
    const filter = questionFilterSchema.safeParse(readQuestionFilter(formData));
    if (!filter.success) return { message: "That filter contains values the bank does not know." };
    const matching = filterQuestions(bank.questions, filter.data).map((question) => question.id);
    if (matching.length === 0)
      return { message: "No questions match these filters. Remove one and try again." };
    questionIds = seededShuffle(matching, Date.now() % 2_147_483_647).slice(0, options.data.count);
  }
  let attemptId = "";
  const failed = await formCall(async () => {
    const { attempt } = await startAttempt(getDb(), {
      kind: "practice",
      userId: user.id,
      questionIds,
      feedbackMode: options.data.feedbackMode,
    });
    attemptId = attempt.id;
  });
  if (failed) return failed;
  redirect(`/attempts/${attemptId}`);
}

/** Starts (or resumes) the student's attempt at an assignment. */
export async function startAssignmentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const assignmentId = String(formData.get("assignmentId") ?? "");
  const user = await requireUser(`/assignments/${encodeURIComponent(assignmentId)}`, "student");
  let attemptId = "";
  const failed = await formCall(async () => {
    const { attempt } = await startAttempt(getDb(), {
      kind: "assignment",
      userId: user.id,
      assignmentId,
    });
    attemptId = attempt.id;
  });
  if (failed) return failed;
  redirect(`/attempts/${attemptId}`);
}

export async function joinClassAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser("/classes/join", "student");
  const joinCode = String(formData.get("joinCode") ?? "");
  const values = { joinCode };
  if (joinCode.trim() === "") {
    return {
      message: "Enter the join code your teacher gave you.",
      fieldErrors: { joinCode: ["Enter the join code."] },
      values,
    };
  }
  try {
    const result = await joinClass(getDb(), { studentId: user.id, joinCode });
    revalidatePath("/home");
    return {
      ok: true,
      message: result.alreadyMember
        ? `You are already in ${result.class.name}.`
        : `You joined ${result.class.name}. Its assignments are on your home page.`,
    };
  } catch (error) {
    if (error instanceof DataError) {
      return { message: error.message, fieldErrors: { joinCode: [error.message] }, values };
    }
    throw error;
  }
}
