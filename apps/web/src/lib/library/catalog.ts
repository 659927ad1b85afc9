import "server-only";
import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import type { LibraryItemSummary } from "@quizdeck/db/library";
import type { CatalogCard, CatalogQuestion } from "./catalog-types";

/** Everything a teacher can put in a set: the bank's items, then their library's. */
export function setCatalog(items: readonly LibraryItemSummary[]) {
  const questions: CatalogQuestion[] = [
    ...bank.questions.map((question) => ({
      key: `bank:${question.id}`,
      ref: { kind: "bank" as const, id: question.id },
      question,
      source: null,
      sourceLabel: "the article",
      grounded: true,
      version: null,
      paragraphIds: [...new Set(question.evidence.map((evidence) => evidence.paragraphId))],
    })),
    ...items.flatMap((item) =>
      "type" in item.content
        ? [
            {
              key: `library:${item.id}`,
              ref: { kind: "library" as const, id: item.id },
              question: item.content as Question,
              source: item.sourceId ? { id: item.sourceId, title: item.sourceTitle ?? "" } : null,
              sourceLabel: item.sourceTitle ? `“${item.sourceTitle}”` : "the article",
              grounded: item.content.grounded !== false,
              version: item.number,
              paragraphIds: item.sourceId
                ? []
                : [...new Set(item.content.evidence.map((evidence) => evidence.paragraphId))],
            },
          ]
        : [],
    ),
  ];
  const cards: CatalogCard[] = [
    ...bank.flashcards.map((card) => ({
      key: `bank:${card.id}`,
      ref: { kind: "bank" as const, id: card.id },
      front: card.front,
      back: card.back,
    })),
    ...items.flatMap((item) =>
      "front" in item.content
        ? [
            {
              key: `library:${item.id}`,
              ref: { kind: "library" as const, id: item.id },
              front: item.content.front,
              back: item.content.back,
            },
          ]
        : [],
    ),
  ];
  return { questions, cards };
}
