import type { Question } from "@quizdeck/content/schema";
import { deriveSeed } from "@quizdeck/core/random";
import type { AnswerNaming } from "@quizdeck/db/attempt";
import type { ShuffleSettings } from "./types";

/**
 * The browser's names for questions and options in one attempt. Bank ids say
 * too much: a question's id is readable ("q-cloze-...-reversed"), and an
 * option's letter is a cue (in the bank, "a" is right in most select-all
 * questions). Each name is derived from the attempt's secret seed, so it says
 * nothing and differs from one attempt to the next.
 */

type Seeded = Pick<ShuffleSettings, "shuffleSeed">;

function hex(seed: number, label: string): string {
  return deriveSeed(seed, label).toString(16).padStart(8, "0");
}

/** A question's name in one attempt: 64 bits from the seed and the bank id. */
export function questionRef(attempt: Seeded, questionId: string): string {
  return `r${hex(attempt.shuffleSeed, `ref-a:${questionId}`)}${hex(attempt.shuffleSeed, `ref-b:${questionId}`)}`;
}

/** The bank id for a reference (or a bank id) sent by the browser; null if not in the attempt. */
export function resolveQuestionRef(
  attempt: Seeded & { questionIds: readonly string[] },
  reference: string,
): string | null {
  if (attempt.questionIds.includes(reference)) return reference;
  return attempt.questionIds.find((id) => questionRef(attempt, id) === reference) ?? null;
}

/** An option's name in one attempt, distinct within its question. */
export function optionRef(attempt: Seeded, questionId: string, choiceId: string): string {
  return `o${hex(attempt.shuffleSeed, `opt:${questionId}:${choiceId}`)}`;
}

/** The bank's choice id for an option reference; a bank id (or anything else) passes unchanged. */
function bankChoiceId(
  attempt: Seeded,
  question: Extract<Question, { choices: unknown }>,
  reference: unknown,
): unknown {
  if (typeof reference !== "string") return reference;
  const choice = question.choices.find(
    (candidate) => optionRef(attempt, question.id, candidate.id) === reference,
  );
  return choice ? choice.id : reference;
}

/** A response with option references in place of the bank's ids, for the browser. */
export function shownResponse(question: Question, attempt: Seeded, response: unknown): unknown {
  return mapChoiceIds(question, response, (id) =>
    typeof id === "string" ? optionRef(attempt, question.id, id) : id,
  );
}

/** Applies `map` to the choice ids of a choice response; anything else is returned as is. */
function mapChoiceIds(
  question: Question,
  response: unknown,
  map: (id: unknown) => unknown,
): unknown {
  if (question.type !== "single-choice" && question.type !== "multiple-choice") return response;
  if (typeof response !== "object" || response === null) return response;
  const body = response as { choiceId?: unknown; choiceIds?: unknown };
  if ("choiceId" in body) return { ...body, choiceId: map(body.choiceId) };
  if (Array.isArray(body.choiceIds)) return { ...body, choiceIds: body.choiceIds.map(map) };
  return response;
}

/** A response as the player sends it, its option references back to the bank's ids. */
export function bankResponse(question: Question, attempt: Seeded, response: unknown): unknown {
  return question.type === "single-choice" || question.type === "multiple-choice"
    ? mapChoiceIds(question, response, (id) => bankChoiceId(attempt, question, id))
    : response;
}

/** How the responses API reads what the player sends: references back to bank ids. */
export const ATTEMPT_NAMING: AnswerNaming = {
  questionId: resolveQuestionRef,
  response: (attempt, question, response) => bankResponse(question, attempt, response),
};
