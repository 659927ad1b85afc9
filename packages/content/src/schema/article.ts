import { z } from "zod";

export const paragraphIdSchema = z
  .string()
  .regex(/^p\d{2}$/, "paragraph ids look like p01, p02, ...");

export const paragraphSchema = z.object({
  id: paragraphIdSchema,
  text: z.string().min(1),
  /** "body" paragraphs are the article proper; the "author-note" is the bio line. */
  kind: z.enum(["body", "author-note"]),
});

export const articleSchema = z.object({
  title: z.string().min(1),
  author: z.string().min(1),
  publisher: z.string().min(1),
  attribution: z.string().min(1),
  paragraphs: z.array(paragraphSchema).min(1),
});

export type Paragraph = z.infer<typeof paragraphSchema>;
export type Article = z.infer<typeof articleSchema>;
