import { CLOZE_BLANK_PATTERN, type Question } from "@quizdeck/content/schema";
import { grade, parseResponse, type QuestionResponse } from "@quizdeck/core/grading";
import { deriveSeed, seededShuffle } from "@quizdeck/core/random";
import { optionRef, questionRef } from "./attempt-refs";
import { evidenceHref } from "./evidence-link";
import type {
  ClozeSegment,
  DisplayAnswer,
  DisplayChoice,
  FeedbackPart,
  PresentedChoice,
  PresentedQuestion,
  QuestionFeedback,
  ShuffleSettings,
} from "./types";

/**
 * Turns a bank question into what the browser may see before feedback is due:
 * the wording and the options in display order, never the key. Deterministic
 * per attempt (seeded), so a reload shows the same order.
 */
export function presentQuestion(question: Question, attempt: ShuffleSettings): PresentedQuestion {
  const base = { id: questionRef(attempt, question.id), prompt: question.prompt };
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return { ...base, type: question.type, choices: displayChoices(question, attempt) };
    case "true-false":
      return { ...base, type: "true-false", statement: trueFalseStatement(question.prompt) };
    case "cloze": {
      const segments = clozeSegments(question.text);
      return {
        ...base,
        type: "cloze",
        segments,
        blankCount: segments.filter((segment) => segment.kind === "blank").length,
      };
    }
    case "matching":
      return {
        ...base,
        type: "matching",
        lefts: question.pairs.map((pair) => pair.left),
        rights: shuffleAwayFromKey(
          question.pairs.map((pair) => pair.right),
          questionSeed(attempt, question.id),
        ),
      };
    case "ordering":
      return {
        ...base,
        type: "ordering",
        items: shuffleAwayFromKey(question.items, questionSeed(attempt, question.id)),
      };
  }
}

function questionSeed(attempt: ShuffleSettings, questionId: string): number {
  return deriveSeed(attempt.shuffleSeed, questionId);
}

type ChoiceQuestion = Extract<Question, { type: "single-choice" | "multiple-choice" }>;

/** The choices in display order: each with its reference in this attempt and the number the player shows (1, 2, …). */
function orderedChoices(question: ChoiceQuestion, attempt: ShuffleSettings) {
  const choices = attempt.shuffleOptions
    ? seededShuffle(question.choices, questionSeed(attempt, question.id))
    : question.choices;
  return choices.map((choice, index) => ({
    bankId: choice.id,
    shown: { id: optionRef(attempt, question.id, choice.id), text: choice.text, number: index + 1 },
  }));
}

function displayChoices(question: ChoiceQuestion, attempt: ShuffleSettings): PresentedChoice[] {
  return orderedChoices(question, attempt).map(({ shown: { id, text } }) => ({ id, text }));
}

/** The displayed choices whose bank ids are in `bankIds`, in display order. */
function choicesAmong(
  question: ChoiceQuestion,
  attempt: ShuffleSettings,
  bankIds: ReadonlySet<string>,
): DisplayChoice[] {
  return orderedChoices(question, attempt)
    .filter((choice) => bankIds.has(choice.bankId))
    .map((choice) => choice.shown);
}

/**
 * Shuffles, and when the shuffle happens to give back the key's order (likely
 * with three items), rotates by one: an ordering shown already solved, or rights
 * lined up with their lefts, would give the answer away.
 */
export function shuffleAwayFromKey(items: readonly string[], seed: number): string[] {
  const shuffled = seededShuffle(items, seed);
  if (items.length > 1 && shuffled.every((item, index) => item === items[index])) {
    return [...shuffled.slice(1), ...shuffled.slice(0, 1)];
  }
  return shuffled;
}

/** "True or false: X" asks about X; the statement is X. */
export function trueFalseStatement(prompt: string): string {
  return prompt.replace(/^\s*true or false\s*[:?.-]\s*/i, "").trim() || prompt;
}

/** "a {{1}} b {{2}}" → text "a ", blank 1, text " b ", blank 2. */
export function clozeSegments(text: string): ClozeSegment[] {
  const segments: ClozeSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(new RegExp(CLOZE_BLANK_PATTERN.source, "g"))) {
    const index = match.index ?? 0;
    if (index > cursor) segments.push({ kind: "text", text: text.slice(cursor, index) });
    segments.push({ kind: "blank", blank: Number(match[1]) });
    cursor = index + match[0].length;
  }
  if (cursor < text.length) segments.push({ kind: "text", text: text.slice(cursor) });
  return segments;
}

/**
 * The feedback for a given answer, for when it is due (after "Check answer" in
 * immediate mode, or on the results page): score, per-part marks from `grade`
 * (choices in display order), the explanation, the evidence with links into the
 * article, and both the given and the correct answer in displayable form.
 *
 * `rawResponse` is validated as `grade` does; a malformed one throws
 * InvalidResponseError.
 */
export function buildFeedback(
  question: Question,
  rawResponse: unknown,
  attempt: ShuffleSettings,
  source: EvidenceSource = null,
): QuestionFeedback {
  const response = parseResponse(question, rawResponse);
  const result = grade(question, response);
  let parts: FeedbackPart[] = result.parts.filter((part) => part.kind !== "choice");
  if (question.type === "single-choice" || question.type === "multiple-choice") {
    const shown = new Map(
      orderedChoices(question, attempt).map((choice) => [choice.bankId, choice.shown]),
    );
    parts = result.parts
      .flatMap((part) => {
        const choice = part.kind === "choice" ? shown.get(part.choiceId) : undefined;
        return part.kind === "choice" && choice
          ? [{ ...part, choiceId: choice.id, number: choice.number }]
          : [];
      })
      .sort((a, b) => a.number - b.number);
  }
  return {
    answered: true,
    score: result.score,
    correct: result.correct,
    parts,
    explanation: question.explanation,
    evidence: evidenceLinks(question, source),
    yourAnswer: displayResponse(question, response, attempt),
    correctAnswer: displayCorrectAnswer(question, attempt),
  };
}

/** The results page's feedback for a question left unanswered: the key, why, where. */
export function buildUnansweredFeedback(
  question: Question,
  attempt: ShuffleSettings,
  source: EvidenceSource = null,
): QuestionFeedback {
  return {
    answered: false,
    score: 0,
    correct: false,
    parts: [],
    explanation: question.explanation,
    evidence: evidenceLinks(question, source),
    yourAnswer: null,
    correctAnswer: displayCorrectAnswer(question, attempt),
  };
}

/** Where a question's quotes come from: a teacher's source, or (null) the bundled article. */
export type EvidenceSource = { id: string; title: string } | null;

function evidenceLinks(question: Question, source: EvidenceSource) {
  return question.evidence.map(({ paragraphId, quote }) => ({
    paragraphId,
    quote,
    href: evidenceHref({ paragraphId, quote }, source?.id),
    ...(source ? { sourceTitle: source.title } : {}),
  }));
}

/** A response as the student would read it back (choices in display order). */
export function displayResponse(
  question: Question,
  response: QuestionResponse,
  attempt: ShuffleSettings,
): DisplayAnswer {
  switch (response.type) {
    case "single-choice":
    case "multiple-choice": {
      if (question.type !== "single-choice" && question.type !== "multiple-choice") break;
      const chosen = new Set(
        response.type === "single-choice" ? [response.choiceId] : response.choiceIds,
      );
      return { kind: "choices", choices: choicesAmong(question, attempt, chosen) };
    }
    case "true-false":
      return { kind: "boolean", value: response.answer };
    case "cloze":
      return {
        kind: "blanks",
        blanks: response.blanks.map((text, index) => ({
          blank: index + 1,
          text,
          alsoAccepted: [],
        })),
      };
    case "matching": {
      if (question.type !== "matching") break;
      const byLeft = new Map(response.matches.map((match) => [match.left, match.right]));
      return {
        kind: "pairs",
        pairs: question.pairs.map((pair) => ({
          left: pair.left,
          right: byLeft.get(pair.left) ?? "",
        })),
      };
    }
    case "ordering":
      return { kind: "order", items: [...response.order] };
  }
  throw new Error(
    `Response of type ${response.type} given to ${question.type} question ${question.id}`,
  );
}

/** The key, displayable: correct options, every accepted answer, pairs, the order. */
export function displayCorrectAnswer(question: Question, attempt: ShuffleSettings): DisplayAnswer {
  switch (question.type) {
    case "single-choice":
    case "multiple-choice": {
      const correct = new Set(question.choices.filter((choice) => choice.correct).map((c) => c.id));
      return { kind: "choices", choices: choicesAmong(question, attempt, correct) };
    }
    case "true-false":
      return { kind: "boolean", value: question.answer };
    case "cloze":
      return {
        kind: "blanks",
        blanks: question.accept.map((answers, index) => ({
          blank: index + 1,
          text: answers[0] ?? "",
          alsoAccepted: answers.slice(1),
        })),
      };
    case "matching":
      return {
        kind: "pairs",
        pairs: question.pairs.map(({ left, right }) => ({ left, right })),
      };
    case "ordering":
      return { kind: "order", items: [...question.items] };
  }
}
