import type { Db } from "../../../client/create-prisma-client.ts";

/** The lowest rating that counts as recalling an item: Hard (a quiz answer at least half right). */
const RECALLED_FROM_RATING = 2;

/**
 * userId → the items each user has recalled at least once: some review of it,
 * not undone, rated Hard, Good or Easy. Mastery counts an item never recalled
 * as not known, whatever its FSRS curve says (`itemMastery` in core).
 */
export async function recalledItems(
  db: Db,
  userIds: readonly string[],
  itemIds?: readonly string[],
): Promise<Map<string, Set<string>>> {
  const recalled = new Map<string, Set<string>>();
  if (userIds.length === 0 || itemIds?.length === 0) return recalled;
  const rows = await db.reviewLog.groupBy({
    by: ["userId", "itemId"],
    where: {
      userId: { in: [...userIds] },
      ...(itemIds ? { itemId: { in: [...itemIds] } } : {}),
      rating: { gte: RECALLED_FROM_RATING },
      undoneAt: null,
    },
  });
  for (const row of rows) {
    const items = recalled.get(row.userId) ?? new Set<string>();
    items.add(row.itemId);
    recalled.set(row.userId, items);
  }
  return recalled;
}
