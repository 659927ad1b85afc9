import type { Db } from "../../../client/create-prisma-client.ts";
import { NotFoundError } from "../../../errors.ts";
import type { Tx } from "../../../transaction.ts";

/** Another teacher's sets, items and sources are not found: their existence is not revealed. */

export async function requireOwnSet(db: Db | Tx, teacherId: string, setId: string) {
  const set = await db.librarySet.findUnique({ where: { id: setId } });
  if (!set || set.teacherId !== teacherId) throw new NotFoundError("That set does not exist.");
  return set;
}

export async function requireOwnItem(db: Db | Tx, teacherId: string, itemId: string) {
  const item = await db.libraryItem.findUnique({
    where: { id: itemId },
    include: { versions: { orderBy: { number: "desc" }, take: 1 } },
  });
  const latest = item?.versions[0];
  if (!item || item.teacherId !== teacherId || !latest) {
    throw new NotFoundError("That question does not exist.");
  }
  return { ...item, latest };
}

export async function requireOwnSource(db: Db | Tx, teacherId: string, sourceId: string) {
  const source = await db.librarySource.findUnique({ where: { id: sourceId } });
  if (!source || source.teacherId !== teacherId) {
    throw new NotFoundError("That source does not exist.");
  }
  return source;
}
