import type { LibraryFlashcard, LibraryQuestion } from "../schema/library-item.ts";

/**
 * Library items as the bank's JSON contract writes items: pretty-printed, each
 * question's keys in the order id, type, prompt, explanation, evidence, tags,
 * difficulty, level, then grounded and labels, then its type's fields.
 */
export function libraryJson(items: {
  questions: LibraryQuestion[];
  flashcards: LibraryFlashcard[];
}): string {
  const questions = items.questions.map((question) => {
    const {
      id,
      type,
      prompt,
      explanation,
      evidence,
      tags,
      difficulty,
      level,
      grounded,
      labels,
      ...typeFields
    } = question;
    return {
      id,
      type,
      prompt,
      explanation,
      evidence,
      tags,
      difficulty,
      level,
      grounded,
      labels,
      ...typeFields,
    };
  });
  return `${JSON.stringify({ questions, flashcards: items.flashcards }, null, 2)}\n`;
}
