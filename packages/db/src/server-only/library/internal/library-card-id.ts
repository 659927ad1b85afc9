import { UUID_V7 } from "./version-id.ts";

const ITEM_ID = new RegExp(`^${UUID_V7}$`);

/**
 * Whether a flashcard id an assignment or a learner's memory holds names a
 * teacher's library card. A library card is known by its library item's id (a
 * UUID v7), not by a version's, so a learner's memory of it outlives the
 * teacher's edits; bank cards are "c-" and words, so the two never meet.
 */
export function isLibraryCardId(id: string): boolean {
  return ITEM_ID.test(id);
}
