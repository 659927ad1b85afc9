import { z } from "zod";
import { paragraphIdSchema } from "./article.ts";

/** A verbatim quote from one paragraph of the article: the ground every item stands on. */
export const evidenceSchema = z.object({
  paragraphId: paragraphIdSchema,
  quote: z.string().trim().min(8, "an evidence quote needs at least 8 characters"),
});

export type Evidence = z.infer<typeof evidenceSchema>;
