import type { z } from "zod";
import type { flashcardSchema } from "../schema/flashcard.ts";

export const flashcards: z.input<typeof flashcardSchema>[] = [];
