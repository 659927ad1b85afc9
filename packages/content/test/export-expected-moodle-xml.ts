import type { Question } from "../src/schema/question.ts";
import type { ReadMoodleQuestion } from "./export-read-moodle-xml.ts";

/** What each bank question should read back as, written from the README's mapping. */
export function expectedMoodleXml(question: Question): Partial<ReadMoodleQuestion> {
  const common = {
    name: question.id,
    idNumber: question.id,
    tags: [...question.tags, `difficulty-${question.difficulty}`, `level-${question.level}`],
    generalFeedback: question.explanation,
    paragraphs: [question.prompt],
  };
  switch (question.type) {
    case "single-choice":
      return {
        ...common,
        type: "multichoice",
        single: true,
        answers: question.choices.map((choice) => ({
          text: choice.text,
          fraction: choice.correct ? 100 : 0,
          format: "html",
        })),
      };
    case "multiple-choice": {
      const share = 100 / question.choices.filter((choice) => choice.correct).length;
      return {
        ...common,
        type: "multichoice",
        single: false,
        answers: question.choices.map((choice) => ({
          text: choice.text,
          fraction: Number((choice.correct ? share : -share).toFixed(5)),
          format: "html",
        })),
      };
    }
    case "true-false":
      return {
        ...common,
        type: "truefalse",
        answers: [
          { text: "true", fraction: question.answer ? 100 : 0, format: "moodle_auto_format" },
          { text: "false", fraction: question.answer ? 0 : 100, format: "moodle_auto_format" },
        ],
      };
    case "cloze":
      return {
        ...common,
        type: "cloze",
        paragraphs: [question.prompt, question.text],
        accept: question.accept,
      };
    case "matching":
      return { ...common, type: "matching", pairs: question.pairs };
    case "ordering":
      return {
        ...common,
        type: "ordering",
        answers: question.items.map((item, index) => ({
          text: item,
          fraction: index + 1,
          format: "html",
        })),
      };
  }
}
