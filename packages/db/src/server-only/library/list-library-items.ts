import type { LibraryFlashcard, LibraryQuestion } from "@quizdeck/content/schema";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { libraryContent } from "./internal/library-content.ts";

const listLibraryItemsSchema = z.object({
  teacherId: z.string().min(1),
  ids: z.array(z.string()).optional(),
});

export interface LibraryItemSummary {
  id: string;
  kind: "question" | "flashcard";
  origin: string;
  versionId: string;
  number: number;
  sourceId: string | null;
  sourceTitle: string | null;
  content: LibraryQuestion | LibraryFlashcard;
  updatedAt: Date;
}

/** The teacher's items (or those of `ids` that are theirs), latest version each, newest first. */
export async function listLibraryItems(
  db: Db,
  options: z.input<typeof listLibraryItemsSchema>,
): Promise<LibraryItemSummary[]> {
  const { teacherId, ids } = parseInput(listLibraryItemsSchema, options);
  const items = await db.libraryItem.findMany({
    where: { teacherId, archivedAt: null, ...(ids ? { id: { in: ids } } : {}) },
    // An import writes its items at one time: the id (time-ordered) keeps them in order.
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    include: {
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        include: { source: { select: { title: true } } },
      },
    },
  });
  return items.flatMap((item) => {
    const latest = item.versions[0];
    if (!latest) return [];
    return [
      {
        id: item.id,
        kind: item.kind,
        origin: item.origin,
        versionId: latest.id,
        number: latest.number,
        sourceId: latest.sourceId,
        sourceTitle: latest.source?.title ?? null,
        content: libraryContent(item.kind, latest.content),
        updatedAt: item.updatedAt,
      },
    ];
  });
}
