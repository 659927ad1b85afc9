import { createHash } from "node:crypto";
import { bank } from "./bank/index.ts";
import type { Bank } from "./schema/bank.ts";

/**
 * A short fingerprint of the bank's content. Attempts record it so an old
 * answer keeps its meaning after the bank is edited.
 */
export function computeContentVersion(content: Bank): string {
  return createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 16);
}

export const CONTENT_VERSION = computeContentVersion(bank);
