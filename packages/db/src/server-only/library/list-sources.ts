import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { sourceArticle } from "./internal/source-article.ts";

const listSourcesSchema = z.object({ teacherId: z.string().min(1) });

/** A teacher's sources, newest first, each with its paragraphs (for choosing evidence). */
export async function listSources(db: Db, options: z.input<typeof listSourcesSchema>) {
  const { teacherId } = parseInput(listSourcesSchema, options);
  const rows = await db.librarySource.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, format: true, createdAt: true, article: true },
  });
  return rows.map(({ article, ...row }) => ({ ...row, article: sourceArticle(article) }));
}
