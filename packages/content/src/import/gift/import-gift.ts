import { type GIFTQuestion, type Matching, parse, type ShortAnswer } from "gift-pegjs";
import { orderingPositionLabel } from "../../export/to-gift.ts";
import {
  type DraftQuestion,
  draftEntry,
  droppedEntry,
  type ParsedEntry,
  type SourceRef,
  titleFromText,
} from "../draft-item.ts";
import { finishImport } from "../finish-import.ts";
import { ImportError } from "../import-error.ts";
import type { ImportResult } from "../import-result.ts";
import { moodleCategoryLabel } from "../moodle-category.ts";
import {
  acceptedShortAnswers,
  INSTRUCTION_ADDED,
  shortAnswerCloze,
} from "../short-answer-cloze.ts";
import { allChanges } from "../text-losses.ts";
import { readGiftChoices } from "./gift-choices.ts";
import { giftText, undoGiftPlaceholders } from "./gift-text.ts";

type GiftQuestion = Exclude<GIFTQuestion, { type: "Category" }>;

/**
 * Moodle GIFT, read with gift-pegjs. Categories become labels of the questions after
 * them; multiple choice, true-false, short answer (as cloze), missing word and matching
 * are taken over; numerical, essay and description items are dropped with the reason.
 * See the package README for the full table.
 */
export function importGift(text: string): ImportResult {
  let parsed: GIFTQuestion[];
  try {
    parsed = parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ImportError("gift", `not valid GIFT: ${describeSyntaxError(error)}`);
  }
  const entries: ParsedEntry[] = [];
  let category: string | undefined;
  for (const item of parsed) {
    if (item.type === "Category") {
      category = moodleCategoryLabel(item.title);
      continue;
    }
    entries.push(readQuestion(item, category));
  }
  return finishImport("gift", entries);
}

function readQuestion(item: GiftQuestion, category: string | undefined): ParsedEntry {
  const stem = giftText(item.stem, "question text");
  const source: SourceRef = {
    title: item.title ?? titleFromText(stem.text),
    sourceType: `GIFT ${SOURCE_TYPES[item.type]}`,
    ...(item.id ? { sourceId: item.id } : {}),
    tags: [...(item.tags ?? []), ...(category === undefined ? [] : [category])],
  };
  if (item.type === "Description") {
    return droppedEntry(source, "a description (text shown between questions), not a question");
  }
  if (item.type === "Numerical") {
    return droppedEntry(
      source,
      "numerical questions are not supported: quizdeck has no number-with-tolerance type",
    );
  }
  if (item.type === "Essay") {
    return droppedEntry(source, "essay questions are graded by hand: quizdeck has no essay type");
  }
  const feedback = item.globalFeedback
    ? giftText(item.globalFeedback, "general feedback")
    : undefined;
  const base = { prompt: stem.text, explanation: feedback?.text ?? "" };
  const textChanges = allChanges(stem, ...(feedback ? [feedback] : []));
  switch (item.type) {
    case "MC": {
      const read = readGiftChoices(item.choices);
      return draftEntry(source, { ...base, type: read.type, choices: read.choices }, [
        ...textChanges,
        ...read.changes,
      ]);
    }
    case "TF": {
      const changes = [...textChanges];
      for (const [label, value] of [
        ["wrong-answer", item.trueFeedback],
        ["right-answer", item.falseFeedback],
      ] as const) {
        if (value)
          changes.push(`the ${label} feedback was not kept: “${giftText(value, "feedback").text}”`);
      }
      return draftEntry(source, { ...base, type: "true-false", answer: item.isTrue }, changes);
    }
    case "Short":
      return readShortAnswer(item, source, base, textChanges);
    case "Matching":
      return readMatching(item, source, base, textChanges);
  }
}

/**
 * A short answer becomes a one-blank cloze. A missing-word question (the answers in
 * the middle of the text) gets an added instruction; quizdeck's own GIFT export
 * writes the prompt, a line break, then the text with the blank "_____", which is
 * read back as prompt and text. Partial-credit answers and Moodle's "*" wildcard
 * cannot be kept, and are said.
 */
function readShortAnswer(
  item: ShortAnswer,
  source: SourceRef,
  base: { prompt: string; explanation: string },
  textChanges: string[],
): ParsedEntry {
  const changes = [...textChanges];
  const answers = item.choices.map((choice, index) => {
    const answer = giftText(choice.text, `answer ${index + 1}`);
    changes.push(...answer.changes);
    return {
      text: answer.text,
      weight: choice.weight ?? 100,
      ...(choice.feedback ? { feedback: giftText(choice.feedback, "feedback").text } : {}),
    };
  });
  const { accept, changes: answerChanges } = acceptedShortAnswers(answers);
  changes.push(...answerChanges);
  if (accept.length === 0) return droppedEntry(source, "no full-credit answer quizdeck can check");
  const cloze = shortAnswerCloze(base.prompt, item.hasEmbeddedAnswers);
  if (cloze.added) changes.push(INSTRUCTION_ADDED);
  const draft: DraftQuestion = {
    ...base,
    type: "cloze",
    prompt: cloze.prompt,
    text: cloze.text,
    accept: [accept],
  };
  return draftEntry(source, draft, changes);
}

/**
 * Matching pairs; a pair with no left side is a distractor, which quizdeck cannot
 * hold (said). Left sides "Position 1", "Position 2", ... in order are how quizdeck
 * exports an ordering question to GIFT: read back as ordering, and said.
 */
function readMatching(
  item: Matching,
  source: SourceRef,
  base: { prompt: string; explanation: string },
  textChanges: string[],
): ParsedEntry {
  const changes = [...textChanges];
  const pairs: { left: string; right: string }[] = [];
  item.matchPairs.forEach((pair, index) => {
    const left = giftText(pair.subquestion, `pair ${index + 1}`);
    const right = undoGiftPlaceholders(pair.subanswer);
    changes.push(...left.changes);
    if (left.text.trim() === "")
      changes.push(`the extra answer “${right}” (a distractor) was not kept`);
    else pairs.push({ left: left.text, right });
  });
  const isOrdering =
    pairs.length > 0 &&
    pairs.every((pair, index) => pair.left === orderingPositionLabel(index + 1));
  if (isOrdering) {
    changes.push(
      "a matching of “Position 1”, “Position 2”, … to items: read as an ordering question",
    );
    return draftEntry(
      source,
      { ...base, type: "ordering", items: pairs.map((pair) => pair.right) },
      changes,
    );
  }
  return draftEntry(source, { ...base, type: "matching", pairs }, changes);
}

const SOURCE_TYPES: Record<GiftQuestion["type"], string> = {
  Description: "description",
  MC: "multiple choice",
  Numerical: "numerical",
  Short: "short answer",
  Essay: "essay",
  TF: "true-false",
  Matching: "matching",
};

function describeSyntaxError(error: unknown): string {
  const location = (error as { location?: { start?: { line: number; column: number } } }).location
    ?.start;
  const message = error instanceof Error ? error.message : String(error);
  return location === undefined
    ? message
    : `line ${location.line}, column ${location.column}: ${message}`;
}
