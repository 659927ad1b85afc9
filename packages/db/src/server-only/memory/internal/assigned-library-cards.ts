import type { LibraryFlashcard } from "@quizdeck/content/schema";
import type { Db } from "../../../client/create-prisma-client.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import type { Tx } from "../../../transaction.ts";
import { libraryContent } from "../../library/internal/library-content.ts";

/** A teacher's flashcard as one of their students reviews it. */
export interface AssignedLibraryCard {
  /** The library item's id: what the learner's memory and reviews hold. */
  id: string;
  /** The latest published version, its id the card's (the learner's key, not the version's). */
  card: LibraryFlashcard;
  version: { id: string; number: number };
  /** The teacher's source its evidence quotes; null: the bundled article. */
  source: { id: string; title: string } | null;
}

interface Row {
  id: string;
  versionId: string;
  number: number;
  content: unknown;
  sourceId: string | null;
  sourceTitle: string | null;
  opensAt: Date;
  position: bigint | number;
}

/**
 * The library flashcards a student has now, through the assignments of their
 * current classes (not removed, class not archived) that have opened, each at
 * its latest published (frozen) version, in the order they were first
 * assigned (the earliest assignment first, the set's order within it). A card
 * of a class left or archived, or of an assignment deleted, is not among them;
 * nor is a card that is not the class's teacher's own. Closing an assignment
 * does not take its cards away: it ends the attempts, while spaced review is
 * meant to go on. `only` narrows the look-up to some ids (a review's card).
 */
export async function assignedLibraryCards(
  db: Db | Tx,
  studentId: string,
  now: Date,
  only?: readonly string[],
): Promise<AssignedLibraryCard[]> {
  if (only?.length === 0) return [];
  const narrowed = only ? Prisma.sql`AND i.id = ANY(${[...only]})` : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT DISTINCT ON (i.id) i.id, v.id AS "versionId", v.number, v.content,
           s.id AS "sourceId", s.title AS "sourceTitle", a."opensAt", card.position
      FROM "assignment" a
      JOIN "class" c ON c.id = a."classId" AND c."archivedAt" IS NULL
      JOIN "enrollment" e ON e."classId" = a."classId" AND e."studentId" = ${studentId}
                         AND e."removedAt" IS NULL
     CROSS JOIN LATERAL unnest(a."flashcardIds") WITH ORDINALITY AS card(id, position)
      JOIN "library_item" i ON i.id = card.id AND i.kind = 'flashcard'
                           AND i."teacherId" = c."teacherId" ${narrowed}
      JOIN LATERAL (
        SELECT * FROM "library_item_version" lv
         WHERE lv."itemId" = i.id AND lv."frozenAt" IS NOT NULL
         ORDER BY lv.number DESC LIMIT 1
      ) v ON true
      LEFT JOIN "library_source" s ON s.id = v."sourceId"
     WHERE a."opensAt" <= ${now}
     ORDER BY i.id, a."opensAt", card.position`;
  return rows
    .sort(
      (a, b) =>
        a.opensAt.getTime() - b.opensAt.getTime() || Number(a.position) - Number(b.position),
    )
    .map((row) => {
      const stored = typeof row.content === "string" ? JSON.parse(row.content) : row.content;
      const card = libraryContent("flashcard", stored) as LibraryFlashcard;
      return {
        id: row.id,
        card: { ...card, id: row.id },
        version: { id: row.versionId, number: row.number },
        source:
          row.sourceId && row.sourceTitle ? { id: row.sourceId, title: row.sourceTitle } : null,
      };
    });
}
