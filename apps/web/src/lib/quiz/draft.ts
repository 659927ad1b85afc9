import type { QuestionResponse } from "@quizdeck/core/grading";
import type { PresentedQuestion } from "./types";

/**
 * What the student has entered for one question so far, complete or not.
 * Pure helpers, shared by the player and its tests.
 */
export type Draft =
  | { type: "single-choice"; choiceId: string | null }
  | { type: "multiple-choice"; choiceIds: string[] }
  | { type: "true-false"; answer: boolean | null }
  | { type: "cloze"; blanks: string[] }
  /** The right chosen for each left, by the left's index; "" when none yet. */
  | { type: "matching"; rights: string[] }
  | { type: "ordering"; order: string[] };

/** Longest text accepted in one blank; the grader compares short answers. */
export const MAX_BLANK_LENGTH = 200;

export function emptyDraft(question: PresentedQuestion): Draft {
  switch (question.type) {
    case "single-choice":
      return { type: "single-choice", choiceId: null };
    case "multiple-choice":
      return { type: "multiple-choice", choiceIds: [] };
    case "true-false":
      return { type: "true-false", answer: null };
    case "cloze":
      return { type: "cloze", blanks: Array.from({ length: question.blankCount }, () => "") };
    case "matching":
      return { type: "matching", rights: question.lefts.map(() => "") };
    case "ordering":
      return { type: "ordering", order: [...question.items] };
  }
}

/** A saved answer back into the inputs (resume after a reload). */
export function draftFromResponse(question: PresentedQuestion, response: unknown): Draft {
  const empty = emptyDraft(question);
  if (typeof response !== "object" || response === null) return empty;
  const value = response as Partial<Record<string, unknown>>;
  if (value.type !== question.type) return empty;
  switch (question.type) {
    case "single-choice":
      return typeof value.choiceId === "string"
        ? { type: "single-choice", choiceId: value.choiceId }
        : empty;
    case "multiple-choice":
      return Array.isArray(value.choiceIds)
        ? { type: "multiple-choice", choiceIds: value.choiceIds.filter(isString) }
        : empty;
    case "true-false":
      return typeof value.answer === "boolean"
        ? { type: "true-false", answer: value.answer }
        : empty;
    case "cloze":
      return Array.isArray(value.blanks)
        ? {
            type: "cloze",
            blanks: Array.from({ length: question.blankCount }, (_, index) => {
              const blank = (value.blanks as unknown[])[index];
              return typeof blank === "string" ? blank : "";
            }),
          }
        : empty;
    case "matching": {
      if (!Array.isArray(value.matches)) return empty;
      const byLeft = new Map<string, string>();
      for (const match of value.matches as unknown[]) {
        const { left, right } = (match ?? {}) as { left?: unknown; right?: unknown };
        if (typeof left === "string" && typeof right === "string") byLeft.set(left, right);
      }
      return { type: "matching", rights: question.lefts.map((left) => byLeft.get(left) ?? "") };
    }
    case "ordering": {
      if (!Array.isArray(value.order)) return empty;
      const order = value.order.filter(isString);
      const same =
        order.length === question.items.length &&
        question.items.every((item) => order.includes(item));
      return same ? { type: "ordering", order } : empty;
    }
  }
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

/**
 * Why this draft cannot be sent yet, in words for the student; null when it can.
 * A cloze needs one blank filled (empty blanks then count as wrong); a matching
 * needs every left matched.
 */
export function incompleteReason(question: PresentedQuestion, draft: Draft): string | null {
  switch (draft.type) {
    case "single-choice":
      return draft.choiceId ? null : "Choose an option first.";
    case "multiple-choice":
      return draft.choiceIds.length > 0 ? null : "Choose at least one option first.";
    case "true-false":
      return draft.answer === null ? "Choose True or False first." : null;
    case "cloze":
      return draft.blanks.some((blank) => blank.trim() !== "") ? null : "Fill in a blank first.";
    case "matching": {
      const missing = draft.rights.filter((right) => right === "").length;
      if (missing === 0) return null;
      return question.type === "matching" && missing === question.lefts.length
        ? "Match each item first."
        : `Match the remaining ${missing} item${missing === 1 ? "" : "s"} first.`;
    }
    case "ordering":
      return null;
  }
}

/** The response to send, or null while the draft is incomplete. */
export function responseFromDraft(
  question: PresentedQuestion,
  draft: Draft,
): QuestionResponse | null {
  if (incompleteReason(question, draft) !== null) return null;
  switch (draft.type) {
    case "single-choice":
      return draft.choiceId ? { type: "single-choice", choiceId: draft.choiceId } : null;
    case "multiple-choice":
      return {
        type: "multiple-choice",
        // In display order, for a stable comparison with what was saved.
        choiceIds:
          question.type === "multiple-choice"
            ? question.choices
                .map((choice) => choice.id)
                .filter((id) => draft.choiceIds.includes(id))
            : [...draft.choiceIds],
      };
    case "true-false":
      return draft.answer === null ? null : { type: "true-false", answer: draft.answer };
    case "cloze":
      return {
        type: "cloze",
        blanks: draft.blanks.map((blank) => blank.slice(0, MAX_BLANK_LENGTH)),
      };
    case "matching":
      if (question.type !== "matching") return null;
      return {
        type: "matching",
        matches: question.lefts.map((left, index) => ({ left, right: draft.rights[index] ?? "" })),
      };
    case "ordering":
      return { type: "ordering", order: [...draft.order] };
  }
}

/** True when both responses say the same thing (so nothing needs saving); key order does not matter. */
export function sameResponse(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The number keys: 1–9 pick the nth option (single choice), toggle it (multiple
 * choice), or answer True (1) / False (2). Null when the key means nothing here.
 */
export function applyNumberKey(
  question: PresentedQuestion,
  draft: Draft,
  digit: number,
): Draft | null {
  if (!Number.isInteger(digit) || digit < 1 || digit > 9) return null;
  if (question.type === "single-choice" && draft.type === "single-choice") {
    const choice = question.choices[digit - 1];
    return choice ? { type: "single-choice", choiceId: choice.id } : null;
  }
  if (question.type === "multiple-choice" && draft.type === "multiple-choice") {
    const choice = question.choices[digit - 1];
    if (!choice) return null;
    return {
      type: "multiple-choice",
      choiceIds: draft.choiceIds.includes(choice.id)
        ? draft.choiceIds.filter((id) => id !== choice.id)
        : [...draft.choiceIds, choice.id],
    };
  }
  if (question.type === "true-false" && draft.type === "true-false") {
    if (digit === 1) return { type: "true-false", answer: true };
    if (digit === 2) return { type: "true-false", answer: false };
  }
  return null;
}

/** Moves the item at `index` by `delta` places; the same array when it cannot move. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}
