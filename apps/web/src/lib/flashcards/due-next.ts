/**
 * What the end of a session (or the empty page) says comes next: more cards
 * due now, or the earliest time something falls due — a studied card, a card
 * still in learning from this session, or tomorrow's new cards.
 */
export type DueNext =
  | { kind: "now"; count: number }
  | { kind: "later"; at: number; what: "card" | "new-cards" }
  | { kind: "nothing" };

export function dueNext(input: {
  dueNowCount: number;
  /** Earliest studied card due after now (server), ms. */
  nextDueAt: number | null;
  /** Earliest learning card still waiting in this session (client), ms. */
  learningAt: number | null;
  /** When held-back new cards become available, ms. */
  newCardsAt: number | null;
}): DueNext {
  if (input.dueNowCount > 0) return { kind: "now", count: input.dueNowCount };
  const cardAt = minOf(input.nextDueAt, input.learningAt);
  if (cardAt !== null && (input.newCardsAt === null || cardAt <= input.newCardsAt)) {
    return { kind: "later", at: cardAt, what: "card" };
  }
  if (input.newCardsAt !== null) return { kind: "later", at: input.newCardsAt, what: "new-cards" };
  return { kind: "nothing" };
}

function minOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
