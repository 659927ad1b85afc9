import { z } from "zod";
import { articleSchema } from "./article.ts";
import { flashcardSchema } from "./flashcard.ts";
import { questionSchema } from "./question.ts";
import { questionSetSchema } from "./question-set.ts";

/** The whole bank, in the shape of the JSON export contract (see the package README). */
export const bankSchema = z.object({
  source: articleSchema,
  questions: z.array(questionSchema),
  flashcards: z.array(flashcardSchema),
  sets: z.array(questionSetSchema),
});

export type Bank = z.infer<typeof bankSchema>;
