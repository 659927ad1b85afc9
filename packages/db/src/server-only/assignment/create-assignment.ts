import { findFlashcard, findQuestion, findQuestionSet } from "@quizdeck/content/bank";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, InvalidInputError, parseInput } from "../../errors.ts";
import { requireOwnClass } from "../class/require-own-class.ts";
import { ensureCurrentContentVersion } from "../content/content-versions.ts";
import { requireUser } from "../user/require-user.ts";

const createAssignmentSchema = z
  .object({
    teacherId: z.string().min(1),
    classId: z.string().min(1),
    title: z
      .string()
      .trim()
      .min(1, "Give the assignment a title.")
      .max(120, "At most 120 characters."),
    /** A predefined set, or else the teacher's own list of items. */
    setId: z.string().optional(),
    questionIds: z.array(z.string()).max(200).default([]),
    flashcardIds: z.array(z.string()).max(500).default([]),
    opensAt: z.coerce.date(),
    dueAt: z.coerce.date().optional(),
    attemptsAllowed: z.number().int().min(1).max(50).optional(),
    shuffleQuestions: z.boolean().default(false),
    shuffleOptions: z.boolean().default(false),
    feedbackMode: z.enum(["immediate", "after_submit"]).default("immediate"),
    timeLimitMinutes: z.number().int().min(1).max(600).optional(),
    allowLate: z.boolean().default(false),
    retentionTarget: z
      .number()
      .min(0.7, "A retention goal is between 70% and 99%.")
      .max(0.99, "A retention goal is between 70% and 99%.")
      .optional(),
    retentionUntil: z.coerce.date().optional(),
  })
  .superRefine((input, ctx) => {
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
  });
export type CreateAssignmentOptions = z.input<typeof createAssignmentSchema>;

export async function createAssignment(db: Db, options: CreateAssignmentOptions) {
  const input = parseInput(createAssignmentSchema, options);
  await requireUser(db, input.teacherId, "teacher");
  const klass = await requireOwnClass(db, input.teacherId, input.classId);
  if (klass.archivedAt)
    throw new ConflictError("This class is archived; restore it before assigning work.");

  const { questionIds, flashcardIds } = resolveItems(input);
  if (input.retentionTarget !== undefined && flashcardIds.length === 0) {
    throw new InvalidInputError("A retention goal needs flashcards in the assignment.", {
      retentionTarget: ["A retention goal needs flashcards in the assignment."],
    });
  }
  const contentVersion = await ensureCurrentContentVersion(db);
  return db.assignment.create({
    data: {
      classId: input.classId,
      title: input.title,
      setId: input.setId ?? null,
      questionIds,
      flashcardIds,
      contentVersion,
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
    },
  });
}

function resolveItems(input: z.output<typeof createAssignmentSchema>) {
  if (input.setId !== undefined) {
    const set = findQuestionSet(input.setId);
    if (!set) {
      throw new InvalidInputError(`There is no question set "${input.setId}".`, {
        setId: ["Choose one of the listed sets."],
      });
    }
    return { questionIds: set.questionIds, flashcardIds: set.flashcardIds };
  }
  const unknownQuestions = input.questionIds.filter((id) => !findQuestion(id));
  const unknownCards = input.flashcardIds.filter((id) => !findFlashcard(id));
  if (unknownQuestions.length + unknownCards.length > 0) {
    throw new InvalidInputError(
      `Unknown items: ${[...unknownQuestions, ...unknownCards].join(", ")}.`,
      { questionIds: unknownQuestions.map((id) => `No question ${id}.`) },
    );
  }
  const questionIds = [...new Set(input.questionIds)];
  const flashcardIds = [...new Set(input.flashcardIds)];
  if (questionIds.length + flashcardIds.length === 0) {
    throw new InvalidInputError("Pick at least one question or flashcard.", {
      questionIds: ["Pick at least one question or flashcard."],
    });
  }
  return { questionIds, flashcardIds };
}
