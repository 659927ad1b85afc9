import { z } from "zod";
import { paragraphIdSchema } from "./article.ts";

/** The shortest evidence quote, in characters (trimmed). */
export const EVIDENCE_QUOTE_MIN = 8;

/** A verbatim quote from one paragraph of the article: the ground every item stands on. */
export const evidenceSchema = z.object({
  paragraphId: paragraphIdSchema,
  quote: z
    .string()
    .trim()
    .min(EVIDENCE_QUOTE_MIN, `an evidence quote needs at least ${EVIDENCE_QUOTE_MIN} characters`),
});

export type Evidence = z.infer<typeof evidenceSchema>;
