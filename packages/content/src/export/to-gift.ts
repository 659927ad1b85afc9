import type { Bank } from "../schema/bank.ts";
import type {
  ClozeQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  OrderingQuestion,
  Question,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "../schema/question.ts";
import { fillClozeBlanks } from "./cloze-text.ts";
import { UnrepresentableContentError } from "./export-errors.ts";
import { type ExportScope, selectExportScope } from "./export-scope.ts";
import {
  escapeGift,
  escapeShortAnswerWildcards,
  giftComment,
  giftFormattedText,
  giftIdAndTagsComment,
} from "./gift-text.ts";
import { moodleCategoryPath } from "./moodle-category.ts";
import { multipleResponsePercents } from "./moodle-grades.ts";
import { moodleTags } from "./moodle-tags.ts";

export interface GiftExportOptions {
  /** Export only this set's questions. */
  setId?: string;
}

/** How a blank appears in the text of a GIFT short-answer question made from a cloze. */
export const GIFT_BLANK = "_____";

/** The label of position n when an ordering question is exported as matching. */
export function orderingPositionLabel(position: number): string {
  return `Position ${position}`;
}

/**
 * Moodle GIFT, importable with Moodle's "GIFT format" importer (tick "Get category
 * from file"). Choices made here (see the package README):
 * - every question text is "[plain]", so < > & and the like show literally;
 * - the question id is the GIFT title and, via "// [id:...]", Moodle's ID number;
 *   its tags plus difficulty-n and level-x become Moodle tags ("// [tag:...]");
 *   evidence quotes are comments; the explanation is the general feedback (####);
 * - single-choice {=right ~wrong}; multiple-choice ~%w% weights "right minus wrong"
 *   (correct +100/k %, wrong -100/k %); true-false {TRUE}/{FALSE};
 * - cloze: a short-answer question per blank, the blank shown as "_____"; with more
 *   than one blank the ids get "-blank-<n>" and the other blanks show their first
 *   accepted answer (GIFT allows one answer block per question);
 * - matching {=left -> right}; ordering, which GIFT lacks, becomes matching of
 *   "Position 1".."Position n" to the items.
 */
export function toGift(bank: Bank, options: GiftExportOptions = {}): string {
  const scope = selectExportScope(bank, options.setId);
  const blocks = [
    header(scope),
    `$CATEGORY: ${moodleCategoryPath(scope)}`,
    ...scope.questions.flatMap(giftQuestions),
  ];
  return `${blocks.join("\n\n")}\n`;
}

function header(scope: ExportScope): string {
  const { source } = scope;
  return [
    giftComment("quizdeck questions in Moodle GIFT format (text format: [plain])."),
    giftComment(`Source: “${source.title}” by ${source.author}. ${source.attribution}`),
    giftComment(
      scope.set === undefined
        ? `Scope: the whole bank, ${scope.questions.length} questions.`
        : `Scope: set ${scope.set.id} “${scope.set.title}”, ${scope.questions.length} questions.`,
    ),
    giftComment(
      "Cloze questions with several blanks become one short-answer question per blank (ids end in -blank-<n>); ordering questions become matching of positions to items.",
    ),
  ].join("\n");
}

function giftQuestions(question: Question): string[] {
  switch (question.type) {
    case "single-choice":
      return [singleChoice(question)];
    case "multiple-choice":
      return [multipleChoice(question)];
    case "true-false":
      return [trueFalse(question)];
    case "cloze":
      return cloze(question);
    case "matching":
      return [matching(question, question.pairs)];
    case "ordering":
      return [ordering(question)];
  }
}

function singleChoice(question: SingleChoiceQuestion): string {
  const answers = question.choices.map((choice) => {
    const text = giftFormattedText(choice.text);
    if (choice.correct) return `=${text}`;
    // A leading "%50%" would be read as a weight; an explicit 0 % keeps it text.
    return text.startsWith("%") ? `~%0%${text}` : `~${text}`;
  });
  return giftQuestion(question, question.id, question.prompt, answers);
}

function multipleChoice(question: MultipleChoiceQuestion): string {
  const percents = multipleResponsePercents(question.choices.map((choice) => choice.correct));
  const answers = question.choices.map(
    (choice, index) => `~%${percents[index]}%${giftFormattedText(choice.text)}`,
  );
  return giftQuestion(question, question.id, question.prompt, answers);
}

function trueFalse(question: TrueFalseQuestion): string {
  return giftQuestion(question, question.id, question.prompt, [question.answer ? "TRUE" : "FALSE"]);
}

function cloze(question: ClozeQuestion): string[] {
  const blankCount = question.accept.length;
  return question.accept.map((answers, index) => {
    const blank = index + 1;
    const id = blankCount === 1 ? question.id : `${question.id}-blank-${blank}`;
    const text = fillClozeBlanks(question.text, (other) =>
      other === blank ? GIFT_BLANK : (question.accept[other - 1]?.[0] ?? GIFT_BLANK),
    );
    const comment =
      blankCount === 1 ? [] : [`cloze ${question.id}, blank ${blank} of ${blankCount}`];
    return giftQuestion(
      question,
      id,
      `${question.prompt}\n${text}`,
      answers.map((answer) => `=%100%${escapeGift(escapeShortAnswerWildcards(answer))}`),
      comment,
    );
  });
}

function matching(
  question: MatchingQuestion | OrderingQuestion,
  pairs: readonly { left: string; right: string }[],
  comments: string[] = [],
): string {
  const answers = pairs.map((pair) => {
    // Moodle splits a pair at its first "->", and GIFT has no escape for it.
    if (pair.left.includes("->")) {
      throw new UnrepresentableContentError(
        question.id,
        "gift",
        `the left side "${pair.left}" contains "->", which GIFT cannot escape`,
      );
    }
    return `=${giftFormattedText(pair.left)} -> ${escapeGift(pair.right)}`;
  });
  return giftQuestion(question, question.id, question.prompt, answers, comments);
}

function ordering(question: OrderingQuestion): string {
  const pairs = question.items.map((item, index) => ({
    left: orderingPositionLabel(index + 1),
    right: item,
  }));
  return matching(question, pairs, ["ordering exported as matching: position -> item"]);
}

function giftQuestion(
  question: Question,
  id: string,
  text: string,
  answers: readonly string[],
  comments: readonly string[] = [],
): string {
  return [
    giftIdAndTagsComment(id, moodleTags(question)),
    giftComment(`${question.type}, difficulty ${question.difficulty}, ${question.level}`),
    ...comments.map(giftComment),
    ...question.evidence.map((evidence) =>
      giftComment(`evidence ${evidence.paragraphId}: “${evidence.quote}”`),
    ),
    `::${escapeGift(id)}::[plain]${escapeGift(text)}{`,
    ...answers.map((answer) => `\t${answer}`),
    // A teacher's imported question may have no explanation; gift-pegjs rejects an empty "####".
    ...(question.explanation === "" ? [] : [`\t####${giftFormattedText(question.explanation)}`]),
    "}",
  ].join("\n");
}
