const ITEM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Whether a flashcard id an assignment or a learner's memory holds names a
 * teacher's library card. A library card is known by its library item's id (a
 * UUID v7), not by a version's, so a learner's memory of it outlives the
 * teacher's edits; bank cards are "c-" and words, so the two never meet.
 */
export function isLibraryCardId(id: string): boolean {
  return ITEM_ID.test(id);
}
