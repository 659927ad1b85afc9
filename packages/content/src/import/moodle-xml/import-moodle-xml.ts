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
import { readWeightedChoices } from "../weighted-choices.ts";
import {
  attribute,
  child,
  children,
  ownText,
  parseXmlObjects,
  type XmlElement,
  xmlProblem,
} from "../xml/parse-xml.ts";
import { readMoodleCloze } from "./moodle-cloze.ts";
import { moodleText } from "./moodle-text.ts";

const ARRAYS = ["question", "answer", "subquestion", "tag", "hint", "file"];

/** Why each Moodle question type quizdeck does not take is dropped. */
const UNSUPPORTED: Record<string, string> = {
  essay: "essay questions are graded by hand: quizdeck has no essay type",
  numerical: "numerical questions are not supported: quizdeck has no number-with-tolerance type",
  description: "a description (text shown between questions), not a question",
  calculated: "calculated questions (formulas with random values) are not supported",
  calculatedsimple: "calculated questions (formulas with random values) are not supported",
  calculatedmulti: "calculated questions (formulas with random values) are not supported",
  randomsamatch:
    "random short-answer matching draws questions from Moodle's bank, which is not in the file",
  random: "a random question draws from Moodle's bank, which is not in the file",
  ddwtos: "drag-and-drop into text is not supported",
  gapselect: "select missing words is not supported",
  ddimageortext: "drag-and-drop onto an image is not supported",
  ddmarker: "drag-and-drop markers are not supported",
};

/**
 * Moodle XML (<quiz> of <question>s), parsed with fast-xml-parser. HTML texts (in
 * CDATA or escaped) are read as plain text with each lost piece of markup or media
 * said. multichoice, truefalse, shortanswer, matching, ordering and cloze are taken
 * over; the rest is dropped with the reason. See the package README for the table.
 */
export function importMoodleXml(xml: string): ImportResult {
  const text = xml.replace(/^\uFEFF/, "");
  const problem = xmlProblem(text);
  if (problem !== undefined) throw new ImportError("moodle-xml", `not well-formed XML: ${problem}`);
  const document = parseXmlObjects(text, ARRAYS);
  const quiz = child(document, "quiz");
  if (quiz === undefined) {
    const root = Object.keys(document).find((key) => !key.startsWith("?")) ?? "(none)";
    throw new ImportError(
      "moodle-xml",
      `not Moodle XML: the root element is <${root}>, expected <quiz>`,
    );
  }
  const entries: ParsedEntry[] = [];
  let category: string | undefined;
  for (const question of children(quiz, "question")) {
    const type = attribute(question, "type") ?? "(none)";
    if (type === "category") {
      category = moodleCategoryLabel(ownText(child(child(question, "category"), "text")));
      continue;
    }
    entries.push(readQuestion(question, type, category));
  }
  return finishImport("moodle-xml", entries);
}

function readQuestion(
  question: XmlElement,
  type: string,
  category: string | undefined,
): ParsedEntry {
  const name = ownText(child(child(question, "name"), "text")).trim();
  const stem = moodleText(child(question, "questiontext"), "question text");
  const idNumber = ownText(child(question, "idnumber")).trim();
  const tags = children(child(question, "tags"), "tag").map((tag) => ownText(child(tag, "text")));
  const source: SourceRef = {
    title: name || titleFromText(stem.text),
    sourceType: `Moodle ${type}`,
    ...(idNumber === "" ? {} : { sourceId: idNumber }),
    tags: [...tags, ...(category === undefined ? [] : [category])],
  };
  const unsupported = UNSUPPORTED[type];
  if (unsupported !== undefined) return droppedEntry(source, unsupported);
  const feedback = moodleText(child(question, "generalfeedback"), "general feedback");
  const changes = [...stem.changes, ...feedback.changes, ...extrasNotKept(question)];
  const base = { prompt: stem.text, explanation: feedback.text };
  const read = readType(question, type, base);
  if ("dropped" in read) return droppedEntry(source, read.dropped);
  return draftEntry(source, read.draft, [...changes, ...read.changes]);
}

type ReadType = { draft: DraftQuestion; changes: string[] } | { dropped: string };

function readType(
  question: XmlElement,
  type: string,
  base: { prompt: string; explanation: string },
): ReadType {
  const answers = children(question, "answer");
  switch (type) {
    case "multichoice": {
      const changes: string[] = [];
      const options = answers.map((answer, index) => {
        const text = moodleText(answer, `option ${index + 1}`);
        const feedback = moodleText(child(answer, "feedback"), "feedback").text;
        changes.push(...text.changes);
        return {
          text: text.text,
          weight: Number(attribute(answer, "fraction") ?? 0),
          ...(feedback ? { feedback } : {}),
        };
      });
      const read = readWeightedChoices(
        options,
        ownText(child(question, "single")).trim() === "false",
      );
      return {
        draft: { ...base, type: read.type, choices: read.choices },
        changes: [...changes, ...read.changes],
      };
    }
    case "truefalse": {
      const right = answers.find((answer) => Number(attribute(answer, "fraction") ?? 0) >= 99.999);
      if (right === undefined) return { dropped: "neither true nor false is marked right" };
      const changes = answers.flatMap((answer) => {
        const feedback = moodleText(child(answer, "feedback"), "feedback").text;
        return feedback
          ? [`the feedback on “${ownText(child(answer, "text"))}” was not kept: “${feedback}”`]
          : [];
      });
      return {
        draft: {
          ...base,
          type: "true-false",
          answer: ownText(child(right, "text")).trim() === "true",
        },
        changes,
      };
    }
    case "shortanswer": {
      const options = answers.map((answer) => {
        const feedback = moodleText(child(answer, "feedback"), "feedback").text;
        return {
          text: moodleText(answer, "answer").text,
          weight: Number(attribute(answer, "fraction") ?? 0),
          ...(feedback ? { feedback } : {}),
        };
      });
      const read = acceptedShortAnswers(options);
      if (read.accept.length === 0) return { dropped: "no full-credit answer quizdeck can check" };
      const changes = [...read.changes];
      if (ownText(child(question, "usecase")).trim() === "1")
        changes.push("case-sensitive checking not kept (quizdeck ignores case)");
      const cloze = shortAnswerCloze(base.prompt, false);
      if (cloze.added) changes.push(INSTRUCTION_ADDED);
      return {
        draft: {
          ...base,
          type: "cloze",
          prompt: cloze.prompt,
          text: cloze.text,
          accept: [read.accept],
        },
        changes,
      };
    }
    case "matching": {
      const changes: string[] = [];
      const pairs = children(question, "subquestion").flatMap((subquestion, index) => {
        const left = moodleText(subquestion, `pair ${index + 1}`);
        // Moodle stores the right side as plain text.
        const right = ownText(child(child(subquestion, "answer"), "text")).trim();
        changes.push(...left.changes);
        if (left.text === "") {
          changes.push(`the extra answer “${right}” (a distractor) was not kept`);
          return [];
        }
        return [{ left: left.text, right }];
      });
      return { draft: { ...base, type: "matching", pairs }, changes };
    }
    case "ordering": {
      const changes: string[] = [];
      const items = answers
        .map((answer, index) => ({
          answer,
          rank: Number(attribute(answer, "fraction") ?? index + 1),
        }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ answer }, index) => {
          const text = moodleText(answer, `item ${index + 1}`);
          changes.push(...text.changes);
          return text.text;
        });
      const gradingType = ownText(child(question, "gradingtype")).trim();
      if (gradingType !== "" && gradingType !== "RELATIVE_ALL_PREVIOUS_AND_NEXT") {
        changes.push(
          `the grading type ${gradingType} was replaced by quizdeck's share of items in the right relative order`,
        );
      }
      return { draft: { ...base, type: "ordering", items }, changes };
    }
    case "cloze": {
      const read = readMoodleCloze(ownText(child(child(question, "questiontext"), "text")));
      if ("dropped" in read) return read;
      return {
        draft: {
          ...base,
          type: "cloze",
          prompt: read.prompt,
          text: read.text,
          accept: read.accept,
        },
        changes: read.changes,
      };
    }
    default:
      return { dropped: `the Moodle question type “${type}” is not supported` };
  }
}

/** Moodle settings quizdeck has no place for, said when they hold something. */
function extrasNotKept(question: XmlElement): string[] {
  const changes: string[] = [];
  const hints = children(question, "hint").filter((hint) => moodleText(hint, "hint").text !== "");
  if (hints.length > 0)
    changes.push(`${hints.length} hint${hints.length === 1 ? "" : "s"} not kept`);
  for (const [element, label] of [
    ["correctfeedback", "correct"],
    ["partiallycorrectfeedback", "partially correct"],
    ["incorrectfeedback", "incorrect"],
  ] as const) {
    const feedback = moodleText(child(question, element), "feedback").text;
    if (feedback !== "")
      changes.push(`the feedback for ${label} answers was not kept: “${feedback}”`);
  }
  const grade = ownText(child(question, "defaultgrade")).trim();
  if (grade !== "" && Number(grade) !== 1)
    changes.push(
      `the default mark (${grade}) was not kept: every quizdeck question counts the same`,
    );
  return changes;
}
