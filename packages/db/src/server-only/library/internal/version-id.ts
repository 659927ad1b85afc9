import { v7 as uuidv7 } from "uuid";

/**
 * A library version's id: "q-" (question) or "c-" (flashcard) and a UUID v7, so
 * it passes the bank's id rules (attempts, assignments and draw pools hold it
 * next to bank ids) and cannot be mistaken for a bank id, which is words.
 */
export function newVersionId(kind: "question" | "flashcard"): string {
  return `${kind === "question" ? "q" : "c"}-${uuidv7()}`;
}

/** A UUID v7 as the uuid package writes it (lower case): library items' and versions' ids. */
export const UUID_V7 = "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

const VERSION_ID = new RegExp(`^[qc]-${UUID_V7}$`);

/** Whether an id an attempt or assignment holds names a library version (else a bank item). */
export function isLibraryVersionId(id: string): boolean {
  return VERSION_ID.test(id);
}
