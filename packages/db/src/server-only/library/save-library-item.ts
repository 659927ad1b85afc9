import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { inTransaction } from "../../transaction.ts";
import { requireUser } from "../user/internal/require-user.ts";
import { checkLibraryItem, itemWritingWarnings } from "./internal/check-item.ts";
import { requireOwnItem, requireOwnSource } from "./internal/require-own.ts";
import { articleOf } from "./internal/source-article.ts";
import { newVersionId } from "./internal/version-id.ts";
import { LIBRARY_POLICY } from "./library-policy.ts";

const saveLibraryItemSchema = z.object({
  teacherId: z.string().min(1),
  /** Absent: a new item of `kind`. Present: an edit of that item. */
  itemId: z.string().min(1).optional(),
  kind: z.enum(["question", "flashcard"]).default("question"),
  /** The teacher's source its quotes come from; null or absent: the bundled article. */
  sourceId: z.string().min(1).nullable().default(null),
  /** The question or card in the library schema (its id is set here). */
  item: z.unknown(),
});
export type SaveLibraryItemOptions = z.input<typeof saveLibraryItemSchema> & { now?: Date };

/**
 * Writes a question or flashcard of the teacher's library, checked against its
 * source. A new item gets version 1. An edit rewrites the latest version while
 * no assignment holds it; once one does (students may have it, answered or
 * not), the edit becomes the next version and the assigned one stays as it was,
 * so every attempt is graded and reviewed against the version it took. A
 * flashcard's next version is frozen as it is written: students review the
 * latest published version of a card (their memory is of the card, not of a
 * version), so what they see is never rewritten in place.
 * Returns the version written and the item-writing warnings to show.
 */
export async function saveLibraryItem(db: Db, options: SaveLibraryItemOptions) {
  const input = parseInput(saveLibraryItemSchema, options);
  await requireUser(db, input.teacherId, "teacher");
  const source = input.sourceId
    ? await requireOwnSource(db, input.teacherId, input.sourceId)
    : null;
  const article = articleOf(source);
  return inTransaction(db, async (tx) => {
    if (!input.itemId) {
      const versionId = newVersionId(input.kind);
      const content = checkLibraryItem(input.kind, input.item, versionId, article);
      const item = await tx.libraryItem.create({
        data: {
          teacherId: input.teacherId,
          kind: input.kind,
          origin: LIBRARY_POLICY.writtenOrigin,
          versions: { create: { id: versionId, number: 1, sourceId: input.sourceId, content } },
        },
      });
      return {
        itemId: item.id,
        versionId,
        number: 1,
        newVersion: false,
        warnings: itemWritingWarnings(content, article),
      };
    }
    const existing = await requireOwnItem(tx, input.teacherId, input.itemId);
    const { latest } = existing;
    if (!latest.frozenAt) {
      const content = checkLibraryItem(existing.kind, input.item, latest.id, article);
      // Only while still unfrozen: an assignment made meanwhile freezes it, and then this edit is a new version.
      const rewritten = await tx.libraryItemVersion.updateMany({
        where: { id: latest.id, frozenAt: null },
        data: { content, sourceId: input.sourceId },
      });
      if (rewritten.count === 1) {
        await tx.libraryItem.update({
          where: { id: existing.id },
          data: { updatedAt: new Date() },
        });
        return {
          itemId: existing.id,
          versionId: latest.id,
          number: latest.number,
          newVersion: false,
          warnings: itemWritingWarnings(content, article),
        };
      }
    }
    const versionId = newVersionId(existing.kind);
    const content = checkLibraryItem(existing.kind, input.item, versionId, article);
    const number = latest.number + 1;
    // Students review a card's latest published version: an edit of an assigned card is published as saved.
    const frozenAt = existing.kind === "flashcard" ? (options.now ?? new Date()) : null;
    await tx.libraryItemVersion.create({
      data: {
        id: versionId,
        itemId: existing.id,
        number,
        sourceId: input.sourceId,
        content,
        frozenAt,
      },
    });
    await tx.libraryItem.update({ where: { id: existing.id }, data: { updatedAt: new Date() } });
    return {
      itemId: existing.id,
      versionId,
      number,
      newVersion: true,
      warnings: itemWritingWarnings(content, article),
    };
  });
}
