import { z } from "zod";
import { evidenceSchema } from "./evidence.ts";
import { tagIdSchema } from "./tag.ts";

export const flashcardIdSchema = z
  .string()
  .regex(/^c-[a-z0-9]+(-[a-z0-9]+)*$/, "flashcard ids are kebab-case and start with 'c-'");

export const flashcardSchema = z.object({
  id: flashcardIdSchema,
  front: z.string().trim().min(1),
  back: z.string().trim().min(1),
  evidence: z.array(evidenceSchema).min(1, "every flashcard needs at least one evidence quote"),
  tags: z.array(tagIdSchema).min(1, "every flashcard needs at least one tag"),
});

export type Flashcard = z.infer<typeof flashcardSchema>;
