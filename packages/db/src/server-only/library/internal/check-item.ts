import type { Article, LibraryFlashcard, LibraryQuestion } from "@quizdeck/content/schema";
import { libraryFlashcardSchema, libraryQuestionSchema } from "@quizdeck/content/schema";
import { evidenceProblems, itemWarnings, keySupportWarnings } from "@quizdeck/content/validate";
import { InvalidInputError, invalidInputFrom } from "../../../errors.ts";

/**
 * A question or card as the teacher wrote it, checked as the bank's items are:
 * the library schema (the bank's per-type rules; evidence may be empty only
 * when ungrounded), then every quote verbatim in its paragraph of the source.
 * Field messages come under "item.<path>". Refused with InvalidInputError.
 */
export function checkLibraryItem(
  kind: "question" | "flashcard",
  raw: unknown,
  id: string,
  source: Article,
): LibraryQuestion | LibraryFlashcard {
  const candidate = { ...(typeof raw === "object" && raw !== null ? raw : {}), id };
  const parsed =
    kind === "question"
      ? libraryQuestionSchema.safeParse(candidate)
      : libraryFlashcardSchema.safeParse(candidate);
  if (!parsed.success) {
    const invalid = invalidInputFrom(parsed.error);
    throw new InvalidInputError(
      invalid.message,
      Object.fromEntries(
        Object.entries(invalid.fieldErrors).map(([path, messages]) => [
          path === "_" ? "item" : `item.${path}`,
          messages,
        ]),
      ),
    );
  }
  const problems = evidenceProblems(parsed.data.evidence, source);
  if (problems.length > 0) {
    throw new InvalidInputError(`The quote must be word for word in the source: ${problems[0]}.`, {
      "item.evidence": problems,
    });
  }
  return parsed.data;
}

/** What the teacher should look at before assigning it: item-writing cues and an unsupported key. */
export function itemWritingWarnings(
  item: LibraryQuestion | LibraryFlashcard,
  source: Article,
): string[] {
  if (!("type" in item)) return [];
  return [...itemWarnings(item, source), ...keySupportWarnings(item, source)].map(
    (warning) => warning.message,
  );
}
