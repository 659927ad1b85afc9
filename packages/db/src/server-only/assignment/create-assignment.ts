import { findFlashcard, findQuestion, findQuestionSet } from "@quizdeck/content/bank";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, InvalidInputError, parseInput } from "../../errors.ts";
import { assignmentSettingsShape, refineAssignmentSettings } from "../../fields/assignment.ts";
import { LIMITS } from "../../fields/limits.ts";
import { inTransaction } from "../../transaction.ts";
import { requireOwnClass } from "../class/internal/require-own-class.ts";
import { ensureCurrentContentVersion } from "../content/internal/ensure-content-version.ts";
import { assignableSet } from "../library/internal/assignable-set.ts";
import { requireUser } from "../user/internal/require-user.ts";
import { settingsToColumns } from "./internal/assignment-settings.ts";

const createAssignmentSchema = z
  .object({
    teacherId: z.string().min(1),
    classId: z.string().min(1),
    /** A predefined set, one of the teacher's own sets, or else their own list of items (in their order). */
    setId: z.string().optional(),
    librarySetId: z.string().min(1).optional(),
    questionIds: z.array(z.string()).max(LIMITS.assignmentQuestionsMax).default([]),
    flashcardIds: z.array(z.string()).max(LIMITS.assignmentFlashcardsMax).default([]),
    ...assignmentSettingsShape,
  })
  .superRefine(refineAssignmentSettings);
export type CreateAssignmentOptions = z.input<typeof createAssignmentSchema>;

export async function createAssignment(db: Db, options: CreateAssignmentOptions) {
  const input = parseInput(createAssignmentSchema, options);
  await requireUser(db, input.teacherId, "teacher");
  const klass = await requireOwnClass(db, input.teacherId, input.classId);
  if (klass.archivedAt)
    throw new ConflictError("This class is archived; restore it before assigning work.");

  const { questionIds, flashcardIds, draw, versionIds } = input.librarySetId
    ? await assignableSet(db, input.teacherId, input.librarySetId)
    : { ...resolveItems(input), versionIds: [] };
  if (input.retentionTarget !== undefined && flashcardIds.length === 0) {
    throw new InvalidInputError("A retention goal needs flashcards in the assignment.", {
      retentionTarget: ["A retention goal needs flashcards in the assignment."],
    });
  }
  const contentVersion = await ensureCurrentContentVersion(db);
  // The versions a library set names are frozen with the assignment, not before: a refused
  // or failed assignment leaves them editable in place.
  return inTransaction(db, async (tx) => {
    if (versionIds.length > 0) {
      await tx.libraryItemVersion.updateMany({
        where: { id: { in: versionIds }, frozenAt: null },
        data: { frozenAt: new Date() },
      });
    }
    return tx.assignment.create({
      data: {
        ...settingsToColumns(input),
        classId: input.classId,
        setId: input.librarySetId ? null : (input.setId ?? null),
        librarySetId: input.librarySetId ?? null,
        questionIds,
        flashcardIds,
        ...(draw ? { draw } : {}),
        contentVersion,
      },
    });
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
    return { questionIds: set.questionIds, flashcardIds: set.flashcardIds, draw: set.draw };
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
  return { questionIds, flashcardIds, draw: undefined };
}
