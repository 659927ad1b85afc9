import { paragraphCoverage } from "@quizdeck/core/accuracy";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { assignedLibraryCards } from "../memory/internal/assigned-library-cards.ts";
import { libraryContent } from "./internal/library-content.ts";
import { sourceArticle } from "./internal/source-article.ts";

const getSourceSchema = z.object({ userId: z.string().min(1), sourceId: z.string().min(1) });
export type GetSourceOptions = z.input<typeof getSourceSchema> & { now?: Date };

/**
 * A teacher's source for its reader: to the teacher who owns it, with how many
 * of their items quote each paragraph; to a student once the answers of one of
 * their attempts with a question quoting it are released (which is when "see in
 * the source" appears to them) while they are in its class, or while a card
 * assigned to them quotes it (its "see in the source" link is on the card's
 * back). Anyone else: not found.
 */
export async function getSource(db: Db, options: GetSourceOptions) {
  const { userId, sourceId } = parseInput(getSourceSchema, options);
  const now = options.now ?? new Date();
  const source = await db.librarySource.findUnique({
    where: { id: sourceId },
    select: { id: true, teacherId: true, title: true, article: true },
  });
  if (!source) throw new NotFoundError("That source does not exist.");
  const article = sourceArticle(source.article);
  if (source.teacherId === userId) {
    const versions = await db.libraryItemVersion.findMany({
      where: { sourceId, item: { archivedAt: null } },
      orderBy: { number: "desc" },
      distinct: ["itemId"],
      select: { content: true, item: { select: { kind: true } } },
    });
    const items = versions.map((version) => libraryContent(version.item.kind, version.content));
    const questions = items.filter((item) => "type" in item);
    const cards = items.filter((item) => "front" in item);
    return {
      id: source.id,
      title: source.title,
      article,
      coverage: paragraphCoverage(questions, cards),
    };
  }
  // A student removed from the class no longer sees its work, this source included.
  const released = await db.$queryRaw<{ found: number }[]>`
    SELECT 1 AS found FROM "attempt" a
      JOIN "library_item_version" v ON v.id = ANY(a."questionIds")
      JOIN "assignment" asg ON asg.id = a."assignmentId"
      JOIN "enrollment" e ON e."classId" = asg."classId" AND e."studentId" = a."userId"
     WHERE a."userId" = ${userId} AND v."sourceId" = ${sourceId}
       AND a."answersVisibleAt" IS NOT NULL AND a."answersVisibleAt" <= ${now}
       AND e."removedAt" IS NULL
     LIMIT 1`;
  if (released.length === 0) {
    const cards = await assignedLibraryCards(db, userId, now);
    if (!cards.some((entry) => entry.source?.id === sourceId)) {
      throw new NotFoundError("That source does not exist.");
    }
  }
  return { id: source.id, title: source.title, article, coverage: null };
}
