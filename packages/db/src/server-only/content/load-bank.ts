import { bank as currentBank } from "@quizdeck/content/bank";
import { type Bank, bankSchema } from "@quizdeck/content/schema";
import { CONTENT_VERSION } from "@quizdeck/content/version";
import type { Db } from "../../client/create-prisma-client.ts";
import type { Tx } from "../../transaction.ts";

/** Older banks never change once stored, so each is parsed once per process. */
const olderBanks = new Map<string, Bank>();

/** The bank an attempt or assignment was made against: the current one, or a stored older one. */
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
