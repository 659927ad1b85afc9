import { bank as currentBank } from "@quizdeck/content/bank";
import { CONTENT_VERSION } from "@quizdeck/content/version";
import type { Db } from "../../../client/create-prisma-client.ts";

/** Databases (by client) known to hold the current bank: checked once per process each. */
const stored = new WeakSet<Db>();

/**
 * Stores the current bank under its version, so attempts and assignments can
 * reference it and still be shown after the bank changes. Called with the
 * client, outside any transaction: the row is idempotent, and a transaction's
 * client is new each time, so caching on it would never hit.
 */
export async function ensureCurrentContentVersion(db: Db): Promise<string> {
  if (!stored.has(db)) {
    await db.contentVersion.upsert({
      where: { id: CONTENT_VERSION },
      create: { id: CONTENT_VERSION, bank: currentBank },
      update: {},
    });
    stored.add(db);
  }
  return CONTENT_VERSION;
}
