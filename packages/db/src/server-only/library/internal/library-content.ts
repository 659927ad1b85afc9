import {
  type LibraryFlashcard,
  type LibraryQuestion,
  libraryFlashcardSchema,
  libraryQuestionSchema,
} from "@quizdeck/content/schema";

/** A stored version's content (validated when written) as its library item. */
export function libraryContent(
  kind: "question" | "flashcard",
  stored: unknown,
): LibraryQuestion | LibraryFlashcard {
  return kind === "question"
    ? libraryQuestionSchema.parse(stored)
    : libraryFlashcardSchema.parse(stored);
}

export function libraryQuestion(stored: unknown): LibraryQuestion {
  return libraryQuestionSchema.parse(stored);
}
