import { parseSource, SourceError } from "@quizdeck/content/source";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { InvalidInputError, parseInput } from "../../errors.ts";
import {
  sourceAuthorField,
  sourceFormatField,
  sourceTextField,
  sourceTitleField,
} from "../../fields/library.ts";
import { requireUser } from "../user/internal/require-user.ts";

const createSourceSchema = z.object({
  teacherId: z.string().min(1),
  title: sourceTitleField,
  author: sourceAuthorField,
  format: sourceFormatField.default("text"),
  text: sourceTextField,
});
export type CreateSourceOptions = z.input<typeof createSourceSchema>;

/**
 * Stores a text a teacher will quote from (pasted, or the contents of an uploaded
 * plain text, Markdown or HTML file) with its paragraphs, as the article is
 * held. It never changes afterwards: quotes checked against it stay verbatim.
 */
export async function createSource(db: Db, options: CreateSourceOptions) {
  const input = parseInput(createSourceSchema, options);
  await requireUser(db, input.teacherId, "teacher");
  let article: ReturnType<typeof parseSource>;
  try {
    article = parseSource(input.text, input.format, { title: input.title, author: input.author });
  } catch (error) {
    if (error instanceof SourceError) {
      throw new InvalidInputError(error.message, { text: [error.message] });
    }
    throw error;
  }
  return db.librarySource.create({
    data: {
      teacherId: input.teacherId,
      title: input.title,
      format: input.format,
      raw: input.text,
      article,
    },
    select: { id: true, title: true },
  });
}
