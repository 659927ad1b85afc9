import type { Question } from "@quizdeck/content/schema";
import type { ItemRef } from "@quizdeck/db/fields";
import type { EvidenceSource } from "@/lib/quiz/present-question";

/** A question a set can hold, as the set editor shows, filters and previews it. */
export interface CatalogQuestion {
  /** "bank:<id>" or "library:<itemId>". */
  key: string;
  ref: ItemRef;
  question: Question;
  source: EvidenceSource;
  /** "the article" or the source's title. */
  sourceLabel: string;
  grounded: boolean;
  /** A library item's latest version number; null for the bank. */
  version: number | null;
  paragraphIds: string[];
}

export interface CatalogCard {
  key: string;
  ref: ItemRef;
  front: string;
  back: string;
}

export const refKey = (ref: ItemRef) => `${ref.kind}:${ref.id}`;
