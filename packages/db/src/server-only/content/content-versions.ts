import { bank as currentBank } from "@quizdeck/content/bank";
import { type Bank, bankSchema } from "@quizdeck/content/schema";
import { CONTENT_VERSION } from "@quizdeck/content/version";
import type { Db } from "../../client/create-prisma-client.ts";
import type { Tx } from "../../transaction.ts";

const registered = new WeakSet<object>();
const olderBanks = new Map<string, Bank>();

/**
 * Stores the current bank under its version once per database, so attempts and
 * assignments can reference it and still be shown after the bank changes.
 */
export async function ensureCurrentContentVersion(db: Db | Tx): Promise<string> {
  if (!registered.has(db)) {
    await db.contentVersion.upsert({
      where: { id: CONTENT_VERSION },
      create: { id: CONTENT_VERSION, bank: currentBank },
      update: {},
    });
    registered.add(db);
  }
  return CONTENT_VERSION;
}

/** The bank an attempt was taken against: the current one, or a stored older one. */
export async function loadBank(db: Db | Tx, version: string): Promise<Bank> {
  if (version === CONTENT_VERSION) return currentBank;
  const cached = olderBanks.get(version);
  if (cached) return cached;
  const row = await db.contentVersion.findUnique({ where: { id: version } });
  if (!row) throw new Error(`Content version ${version} is referenced but not stored`);
  const parsed = bankSchema.parse(row.bank);
  olderBanks.set(version, parsed);
  return parsed;
}
