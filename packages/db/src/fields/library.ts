import { SOURCE_FORMATS } from "@quizdeck/content/source";
import { z } from "zod";
import { LIMITS } from "./limits.ts";

/** The field rules of the teacher's library: sources, sets and their sections. */

export const sourceTitleField = z
  .string()
  .trim()
  .min(1, "Give the source a title.")
  .max(LIMITS.sourceTitleMax, `At most ${LIMITS.sourceTitleMax} characters.`);

export const sourceAuthorField = z
  .string()
  .trim()
  .max(LIMITS.sourceAuthorMax, `At most ${LIMITS.sourceAuthorMax} characters.`)
  .optional();

export const sourceFormatField = z.enum(SOURCE_FORMATS, {
  error: "Choose plain text, Markdown or HTML.",
});

export const sourceTextField = z
  .string()
  .min(1, "Paste the text, or choose a file.")
  .max(LIMITS.sourceTextMax, `At most ${LIMITS.sourceTextMax.toLocaleString("en")} characters.`);

export const librarySetTitleField = z
  .string()
  .trim()
  .min(1, "Give the set a title.")
  .max(LIMITS.librarySetTitleMax, `At most ${LIMITS.librarySetTitleMax} characters.`);

export const librarySetDescriptionField = z
  .string()
  .trim()
  .max(LIMITS.librarySetDescriptionMax, `At most ${LIMITS.librarySetDescriptionMax} characters.`)
  .default("");

/** A question or card of a set: a bank id, or an item of the teacher's library. */
const itemRefSchema = z.object({
  kind: z.enum(["bank", "library"]),
  id: z.string().min(1).max(LIMITS.idMax),
});
export type ItemRef = z.infer<typeof itemRefSchema>;

/** One section of a set: its questions, drawn whole or `draw` of them at random per attempt. */
const librarySectionSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, "Give the section a title.")
      .max(LIMITS.librarySectionTitleMax, `At most ${LIMITS.librarySectionTitleMax} characters.`),
    draw: z
      .number({ error: "Enter a whole number." })
      .int("Enter a whole number.")
      .min(1, "Draw at least 1 question.")
      .nullable()
      .default(null),
    questions: z.array(itemRefSchema).max(LIMITS.assignmentQuestionsMax),
  })
  .refine((section) => section.draw === null || section.draw <= section.questions.length, {
    message: "A section cannot draw more questions than it holds.",
    path: ["draw"],
  });

/** What a set holds: its sections in order, and its flashcards. */
export const librarySetStructureSchema = z.object({
  sections: z
    .array(librarySectionSchema)
    .min(1, "A set has at least one section.")
    .max(LIMITS.librarySectionsMax, `At most ${LIMITS.librarySectionsMax} sections.`),
  flashcards: z.array(itemRefSchema).max(LIMITS.assignmentFlashcardsMax).default([]),
});
export type LibrarySetStructure = z.infer<typeof librarySetStructureSchema>;
