import { MIN_ITEMS_PER_BODY_PARAGRAPH } from "../validate/validate-bank.ts";

/** Counts that describe a bank, read defensively from raw input that may not parse. */
export interface BankSummary {
  questionCount: number;
  flashcardCount: number;
  byType: Record<string, number>;
  byLevel: Record<string, number>;
  byDifficulty: Record<string, number>;
  sets: {
    id: string;
    title: string;
    questionCount: number;
    flashcardCount: number;
    /** For a set with draw pools: how many questions one attempt draws. */
    drawCount?: number;
  }[];
  /** Per paragraph of the source: how many distinct items quote it as evidence. */
  coverage: { paragraphId: string; kind: string; items: number; enough: boolean }[];
}

export interface RawBank {
  source: { paragraphs: readonly { id: string; kind: string }[] };
  questions: readonly unknown[];
  flashcards: readonly unknown[];
  sets: readonly unknown[];
}

export function summarizeBank(raw: RawBank): BankSummary {
  const questions = raw.questions.map(asRecord);
  const flashcards = raw.flashcards.map(asRecord);
  const itemsPerParagraph = new Map<string, Set<string>>();
  for (const item of [...questions, ...flashcards]) {
    const evidence = Array.isArray(item.evidence) ? item.evidence.map(asRecord) : [];
    for (const quote of evidence) {
      const paragraphId = String(quote.paragraphId);
      const items = itemsPerParagraph.get(paragraphId) ?? new Set<string>();
      items.add(String(item.id));
      itemsPerParagraph.set(paragraphId, items);
    }
  }
  return {
    questionCount: questions.length,
    flashcardCount: flashcards.length,
    byType: countBy(questions, "type"),
    byLevel: countBy(questions, "level"),
    byDifficulty: countBy(questions, "difficulty"),
    sets: raw.sets.map(asRecord).map((set) => ({
      id: String(set.id),
      title: String(set.title),
      questionCount: Array.isArray(set.questionIds) ? set.questionIds.length : 0,
      flashcardCount: Array.isArray(set.flashcardIds) ? set.flashcardIds.length : 0,
      ...(Array.isArray(set.draw) ? { drawCount: drawCount(set.draw) } : {}),
    })),
    coverage: raw.source.paragraphs.map((paragraph) => {
      const items = itemsPerParagraph.get(paragraph.id)?.size ?? 0;
      return {
        paragraphId: paragraph.id,
        kind: paragraph.kind,
        items,
        enough: paragraph.kind !== "body" || items >= MIN_ITEMS_PER_BODY_PARAGRAPH,
      };
    }),
  };
}

function drawCount(pools: readonly unknown[]): number {
  return pools.map(asRecord).reduce((sum, pool) => sum + (Number(pool.count) || 0), 0);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

function countBy(items: readonly Record<string, unknown>[], key: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const value = String(item[key]);
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}
