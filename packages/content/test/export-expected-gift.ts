import { GIFT_BLANK, orderingPositionLabel } from "../src/export/to-gift.ts";
import type { Question } from "../src/schema/question.ts";
import {
  asGiftPegjsReadsIt,
  type ReadGiftQuestion,
  readGift,
  shortAnswerText,
} from "./export-read-gift.ts";

/** What each bank question should read back as, written from the README's mapping. */
export function expectedGift(question: Question): Partial<ReadGiftQuestion>[] {
  const g = asGiftPegjsReadsIt;
  const common = {
    title: question.id,
    idNumber: question.id,
    tags: [...question.tags, `difficulty-${question.difficulty}`, `level-${question.level}`],
    format: "plain",
    feedback: g(question.explanation),
  };
  switch (question.type) {
    case "single-choice":
      return [
        {
          ...common,
          kind: "MC",
          stem: g(question.prompt),
          choices: question.choices.map((choice) => ({
            text: g(choice.text),
            isCorrect: choice.correct,
            weight: !choice.correct && choice.text.startsWith("%") ? 0 : null,
          })),
        },
      ];
    case "multiple-choice": {
      const correctCount = question.choices.filter((choice) => choice.correct).length;
      return [
        {
          ...common,
          kind: "MC",
          stem: g(question.prompt),
          choices: question.choices.map((choice) => ({
            text: g(choice.text),
            isCorrect: false,
            weight: Number(((choice.correct ? 100 : -100) / correctCount).toFixed(5)),
          })),
        },
      ];
    }
    case "true-false":
      return [{ ...common, kind: "TF", stem: g(question.prompt), isTrue: question.answer }];
    case "cloze":
      return question.accept.map((answers, index) => {
        const text = question.text.replace(/\{\{(\d+)\}\}/g, (_, n: string) =>
          Number(n) === index + 1 ? GIFT_BLANK : (question.accept[Number(n) - 1]?.[0] ?? ""),
        );
        const id = question.accept.length === 1 ? question.id : `${question.id}-blank-${index + 1}`;
        return {
          ...common,
          title: id,
          idNumber: id,
          kind: "Short" as const,
          stem: g(`${question.prompt}\n${text}`),
          choices: answers.map((answer) => ({ text: g(answer), isCorrect: true, weight: 100 })),
        };
      });
    case "matching":
      return [
        {
          ...common,
          kind: "Matching",
          stem: g(question.prompt),
          pairs: question.pairs.map((pair) => ({ left: g(pair.left), right: g(pair.right) })),
        },
      ];
    case "ordering":
      return [
        {
          ...common,
          kind: "Matching",
          stem: g(question.prompt),
          pairs: question.items.map((item, index) => ({
            left: orderingPositionLabel(index + 1),
            right: g(item),
          })),
        },
      ];
  }
}

/** The read questions with short answers as a student types them ("\*" is a literal "*"). */
export function readGiftBack(gift: string) {
  const read = readGift(gift);
  return {
    categories: read.categories,
    questions: read.questions.map((question) =>
      question.kind === "Short"
        ? {
            ...question,
            choices: question.choices.map((choice) => ({
              ...choice,
              text: shortAnswerText(choice.text),
            })),
          }
        : question,
    ),
  };
}
