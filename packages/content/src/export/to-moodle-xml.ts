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
import { UnrepresentableContentError } from "./export-errors.ts";
import { type ExportScope, selectExportScope } from "./export-scope.ts";
import { htmlParagraph, plainTextToHtml } from "./html-text.ts";
import { moodleCategoryPath } from "./moodle-category.ts";
import { clozeAnswerProblem, clozeProseHtml, clozeTextHtml } from "./moodle-cloze-syntax.ts";
import { multipleResponsePercents } from "./moodle-grades.ts";
import { moodleTags } from "./moodle-tags.ts";
import { normalizeNewlines, singleLine } from "./plain-text.ts";
import { cdata, escapeXml, isXmlSafe, xmlComment } from "./xml-text.ts";

export interface MoodleXmlExportOptions {
  /** Export only this set's questions. */
  setId?: string;
}

/** Moodle's default penalty per wrong try in interactive mode, as its exports write it. */
const PENALTY = "0.3333333";

/**
 * Moodle XML, importable with Moodle's "Moodle XML format" importer (tick "Get
 * category from file"). Choices made here (see the package README):
 * - every text is format="html": the plain text HTML-escaped, newlines as <br>, in
 *   CDATA; matching right sides are plain text, as Moodle stores them;
 * - the question id is the name and the ID number; its tags plus difficulty-n and
 *   level-x are Moodle tags; the explanation is the general feedback; evidence is
 *   an XML comment before the question;
 * - single-choice: multichoice, single, fractions 100/0; multiple-choice:
 *   multichoice, not single, "right minus wrong" fractions (+100/k, -100/k);
 *   true-false: truefalse; cloze: cloze (multianswer) with one
 *   {1:SHORTANSWER:=a~=b} per blank; matching: matching; ordering: ordering
 *   (standard from Moodle 4.4), items in the right order, graded on relative order
 *   (RELATIVE_ALL_PREVIOUS_AND_NEXT, the same share of pairs the quizdeck grader uses).
 */
export function toMoodleXml(bank: Bank, options: MoodleXmlExportOptions = {}): string {
  const scope = selectExportScope(bank, options.setId);
  const questions = scope.questions.map((question) => {
    const xml = questionXml(question);
    if (!xml.every(isXmlSafe)) {
      throw new UnrepresentableContentError(
        question.id,
        "moodle-xml",
        "its text holds control characters XML cannot contain",
      );
    }
    return xml;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<quiz>",
    ...nest(categoryXml(scope)),
    ...questions.flatMap(nest),
    "</quiz>",
    "",
  ].join("\n");
}

/**
 * Writers return XML as lines: one element per line, which nest() indents. A line
 * may hold a newline only inside CDATA, where indenting would change the text, so
 * lines are never split.
 */
type XmlLines = string[];

function categoryXml(scope: ExportScope): XmlLines {
  const { source, set } = scope;
  const info =
    set === undefined
      ? htmlParagraph(`Questions on “${source.title}” by ${source.author}. ${source.attribution}`)
      : `${htmlParagraph(set.title)}${htmlParagraph(set.description)}`;
  return [
    xmlComment(
      set === undefined ? "quizdeck: the whole bank" : `quizdeck: set ${set.id} “${set.title}”`,
    ),
    '<question type="category">',
    `  <category><text>${escapeXml(moodleCategoryPath(scope))}</text></category>`,
    `  <info format="html"><text>${cdata(info)}</text></info>`,
    "</question>",
  ];
}

function questionXml(question: Question): XmlLines {
  switch (question.type) {
    case "single-choice":
      return singleChoiceXml(question);
    case "multiple-choice":
      return multipleChoiceXml(question);
    case "true-false":
      return trueFalseXml(question);
    case "cloze":
      return clozeXml(question);
    case "matching":
      return matchingXml(question);
    case "ordering":
      return orderingXml(question);
  }
}

function singleChoiceXml(question: SingleChoiceQuestion): XmlLines {
  return choiceXml(
    question,
    true,
    question.choices.map((choice) => (choice.correct ? "100" : "0")),
  );
}

function multipleChoiceXml(question: MultipleChoiceQuestion): XmlLines {
  return choiceXml(
    question,
    false,
    multipleResponsePercents(question.choices.map((choice) => choice.correct)),
  );
}

function choiceXml(
  question: SingleChoiceQuestion | MultipleChoiceQuestion,
  single: boolean,
  percents: readonly string[],
): XmlLines {
  return questionElement(question, "multichoice", htmlParagraph(question.prompt), [
    `<single>${single}</single>`,
    "<shuffleanswers>true</shuffleanswers>",
    "<answernumbering>abc</answernumbering>",
    "<showstandardinstruction>0</showstandardinstruction>",
    ...combinedFeedback(),
    ...question.choices.flatMap((choice, index) =>
      answerXml(percents[index] ?? "0", "html", plainTextToHtml(choice.text)),
    ),
  ]);
}

function trueFalseXml(question: TrueFalseQuestion): XmlLines {
  return questionElement(
    question,
    "truefalse",
    htmlParagraph(question.prompt),
    [
      ...answerXml(question.answer ? "100" : "0", "moodle_auto_format", "true"),
      ...answerXml(question.answer ? "0" : "100", "moodle_auto_format", "false"),
    ],
    { penalty: "1" },
  );
}

function clozeXml(question: ClozeQuestion): XmlLines {
  for (const answer of question.accept.flat()) {
    const problem = clozeAnswerProblem(answer);
    if (problem !== undefined) {
      throw new UnrepresentableContentError(question.id, "moodle-xml", problem);
    }
  }
  const text = `<p>${clozeProseHtml(question.prompt)}</p><p>${clozeTextHtml(question.text, question.accept)}</p>`;
  return questionElement(question, "cloze", text, [], { defaultGrade: false });
}

function matchingXml(question: MatchingQuestion): XmlLines {
  return questionElement(question, "matching", htmlParagraph(question.prompt), [
    "<shuffleanswers>true</shuffleanswers>",
    ...combinedFeedback(),
    ...question.pairs.flatMap((pair) => [
      '<subquestion format="html">',
      `  <text>${cdata(plainTextToHtml(pair.left))}</text>`,
      // Moodle stores the right side as plain text (no format), so it is not HTML-escaped.
      `  <answer><text>${cdata(normalizeNewlines(pair.right))}</text></answer>`,
      "</subquestion>",
    ]),
  ]);
}

function orderingXml(question: OrderingQuestion): XmlLines {
  return questionElement(question, "ordering", htmlParagraph(question.prompt), [
    "<layouttype>VERTICAL</layouttype>",
    "<selecttype>ALL</selecttype>",
    `<selectcount>${question.items.length}</selectcount>`,
    "<gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>",
    "<showgrading>SHOW</showgrading>",
    "<numberingstyle>none</numberingstyle>",
    // qtype_ordering reads shownumcorrect as a value (an empty element would store ""),
    // so it gets "1", as Moodle's own ordering export writes it.
    ...combinedFeedback("<shownumcorrect>1</shownumcorrect>"),
    // The answers' order is the correct order; Moodle numbers them itself on import.
    ...question.items.flatMap((item, index) =>
      answerXml(String(index + 1), "html", plainTextToHtml(item), false),
    ),
  ]);
}

function questionElement(
  question: Question,
  type: string,
  questionTextHtml: string,
  body: readonly string[],
  options: { penalty?: string; defaultGrade?: boolean } = {},
): XmlLines {
  const header = [
    `<name><text>${escapeXml(question.id)}</text></name>`,
    `<questiontext format="html"><text>${cdata(questionTextHtml)}</text></questiontext>`,
    `<generalfeedback format="html"><text>${cdata(htmlParagraph(question.explanation))}</text></generalfeedback>`,
    ...(options.defaultGrade === false ? [] : ["<defaultgrade>1</defaultgrade>"]),
    `<penalty>${options.penalty ?? PENALTY}</penalty>`,
    "<hidden>0</hidden>",
    `<idnumber>${escapeXml(question.id)}</idnumber>`,
  ];
  const tags = [
    "<tags>",
    ...moodleTags(question).map((tag) => `  <tag><text>${escapeXml(tag)}</text></tag>`),
    "</tags>",
  ];
  const evidence = question.evidence.map(
    (item) => `evidence ${item.paragraphId}: “${singleLine(item.quote)}”`,
  );
  return [
    xmlComment([`${question.id}: ${question.type}`, ...evidence].join(" | ")),
    `<question type="${type}">`,
    ...nest([...header, ...body, ...tags]),
    "</question>",
  ];
}

function answerXml(
  fraction: string,
  format: "html" | "moodle_auto_format",
  content: string,
  withFeedback = true,
): XmlLines {
  return [
    `<answer fraction="${fraction}" format="${format}">`,
    `  <text>${cdata(content)}</text>`,
    ...(withFeedback ? ['  <feedback format="html"><text></text></feedback>'] : []),
    "</answer>",
  ];
}

/**
 * Moodle's per-outcome feedback, left empty (the general feedback carries the
 * explanation), and "show the number of correct responses" switched on.
 */
function combinedFeedback(showNumCorrect = "<shownumcorrect/>"): XmlLines {
  return [
    '<correctfeedback format="html"><text></text></correctfeedback>',
    '<partiallycorrectfeedback format="html"><text></text></partiallycorrectfeedback>',
    '<incorrectfeedback format="html"><text></text></incorrectfeedback>',
    showNumCorrect,
  ];
}

function nest(lines: XmlLines): XmlLines {
  return lines.map((line) => `  ${line}`);
}
