import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { libraryContent } from "./internal/library-content.ts";
import { requireOwnItem } from "./internal/require-own.ts";

const getLibraryItemSchema = z.object({ teacherId: z.string().min(1), itemId: z.string().min(1) });

/** One of the teacher's items for its editor: the latest version, and every version's number and state. */
export async function getLibraryItem(db: Db, options: z.input<typeof getLibraryItemSchema>) {
  const { teacherId, itemId } = parseInput(getLibraryItemSchema, options);
  const item = await requireOwnItem(db, teacherId, itemId);
  const versions = await db.libraryItemVersion.findMany({
    where: { itemId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, frozenAt: true, createdAt: true },
  });
  return {
    id: item.id,
    kind: item.kind,
    origin: item.origin,
    sourceId: item.latest.sourceId,
    versionId: item.latest.id,
    number: item.latest.number,
    frozen: item.latest.frozenAt !== null,
    content: libraryContent(item.kind, item.latest.content),
    versions,
  };
}
