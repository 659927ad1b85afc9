import { z } from "zod";
import { flashcardIdSchema } from "./flashcard.ts";
import { questionIdSchema } from "./question.ts";

export const questionSetIdSchema = z
  .string()
  .regex(/^s-[a-z0-9]+(-[a-z0-9]+)*$/, "set ids are kebab-case and start with 's-'");

export const questionSetSchema = z
  .object({
    id: questionSetIdSchema,
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    questionIds: z.array(questionIdSchema),
    flashcardIds: z.array(flashcardIdSchema),
  })
  .refine((set) => set.questionIds.length + set.flashcardIds.length > 0, {
    message: "a set needs at least one question or flashcard",
  });

export type QuestionSet = z.infer<typeof questionSetSchema>;
