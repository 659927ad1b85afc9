import { bank as currentBank } from "@quizdeck/content/bank";
import { type Bank, bankSchema } from "@quizdeck/content/schema";
import { CONTENT_VERSION } from "@quizdeck/content/version";
import type { SqlTx } from "../../transaction.ts";

/** Older banks never change once stored, so each is parsed once per process. */
const olderBanks = new Map<string, Bank>();

/**
 * The bank an attempt or assignment was made against: the current one, or a
 * stored older one. Takes anything with a tagged `$queryRaw`: the Prisma client,
 * or a transaction straight on the driver (inSqlTransaction).
 */
export async function loadBank(db: SqlTx, version: string): Promise<Bank> {
  return bankFor(version, async () => {
    const [row] = await db.$queryRaw<{ bank: unknown }[]>`
      SELECT "bank" FROM "content_version" WHERE "id" = ${version}`;
    return row?.bank;
  });
}

async function bankFor(version: string, stored: () => Promise<unknown>): Promise<Bank> {
  if (version === CONTENT_VERSION) return currentBank;
  const cached = olderBanks.get(version);
  if (cached) return cached;
  const bank = await stored();
  if (bank === undefined)
    throw new Error(`Content version ${version} is referenced but not stored`);
  const parsed = bankSchema.parse(bank);
  olderBanks.set(version, parsed);
  return parsed;
}
