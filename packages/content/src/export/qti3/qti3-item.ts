import type { Evidence } from "../../schema/evidence.ts";
import type { Question } from "../../schema/question.ts";
import { splitClozeText } from "../cloze-text.ts";
import { escapeXml } from "../xml-text.ts";
import {
  EVIDENCE_RUBRIC_USE,
  QTI3_ITEM_NAMESPACE,
  QTI3_ITEM_SCHEMA,
  TRUE_FALSE_CHOICES,
} from "./qti3-names.ts";
import { mappedScore, matchCorrectScore, showExplanation } from "./qti3-response-processing.ts";
import { qtiInline, qtiParagraph, qtiTitle } from "./qti3-text.ts";

interface ItemParts {
  responses: string[];
  body: string[];
  scoring: string[];
}

/**
 * One question as a QTI 3.0 assessment item (qti-assessment-item). The item's
 * identifier is the question id; see the package README for the mapping of each type.
 */
export function qti3Item(question: Question): string {
  const parts = itemParts(question);
  const explained = question.explanation.trim() !== "";
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-item xmlns="${QTI3_ITEM_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI3_ITEM_NAMESPACE} ${QTI3_ITEM_SCHEMA}" identifier="${escapeXml(question.id)}" title="${escapeXml(qtiTitle(question.prompt))}" adaptive="false" time-dependent="false">`,
    ...nest([
      ...parts.responses,
      '<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">',
      "  <qti-default-value><qti-value>0</qti-value></qti-default-value>",
      "</qti-outcome-declaration>",
      ...(explained
        ? [
            '<qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>',
          ]
        : []),
      "<qti-item-body>",
      ...nest([...evidenceRubric(question.evidence), ...parts.body]),
      "</qti-item-body>",
      "<qti-response-processing>",
      ...nest([...parts.scoring, ...(explained ? showExplanation() : [])]),
      "</qti-response-processing>",
      ...(explained
        ? [
            '<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="EXPLANATION" show-hide="show">',
            `  <qti-content-body>${qtiParagraph(question.explanation)}</qti-content-body>`,
            "</qti-modal-feedback>",
          ]
        : []),
    ]),
    "</qti-assessment-item>",
    "",
  ];
  return lines.join("\n");
}

function itemParts(question: Question): ItemParts {
  switch (question.type) {
    case "single-choice":
      return choiceItem(
        question.prompt,
        question.choices.map((choice) => ({
          id: choice.id,
          text: choice.text,
          correct: choice.correct,
        })),
        false,
      );
    case "true-false":
      return choiceItem(
        question.prompt,
        [
          { id: TRUE_FALSE_CHOICES.true, text: "True", correct: question.answer },
          { id: TRUE_FALSE_CHOICES.false, text: "False", correct: !question.answer },
        ],
        false,
      );
    case "multiple-choice":
      return choiceItem(question.prompt, question.choices, true);
    case "cloze":
      return clozeItem(question.prompt, question.text, question.accept);
    case "matching":
      return matchingItem(question.prompt, question.pairs);
    case "ordering":
      return orderingItem(question.prompt, question.items);
  }
}

/**
 * Choice interaction. Single answer: scored 1 when right. Multiple answers: a mapping
 * "right minus wrong" (+1/k for each of the k right options, -1/k for each wrong one,
 * floored at 0), the quizdeck grader's rule.
 */
function choiceItem(
  prompt: string,
  choices: readonly { id: string; text: string; correct: boolean }[],
  multiple: boolean,
): ItemParts {
  const correct = choices.filter((choice) => choice.correct);
  const share = 1 / correct.length;
  const responses = [
    `<qti-response-declaration identifier="RESPONSE" cardinality="${multiple ? "multiple" : "single"}" base-type="identifier">`,
    "  <qti-correct-response>",
    ...correct.map((choice) => `    <qti-value>${choice.id}</qti-value>`),
    "  </qti-correct-response>",
    ...(multiple
      ? [
          '  <qti-mapping default-value="0" lower-bound="0" upper-bound="1">',
          ...choices.map(
            (choice) =>
              `    <qti-map-entry map-key="${choice.id}" mapped-value="${formatNumber(choice.correct ? share : -share)}"/>`,
          ),
          "  </qti-mapping>",
        ]
      : []),
    "</qti-response-declaration>",
  ];
  const body = [
    `<qti-choice-interaction response-identifier="RESPONSE" shuffle="true" max-choices="${multiple ? choices.length : 1}">`,
    `  <qti-prompt>${qtiInline(prompt)}</qti-prompt>`,
    ...choices.map(
      (choice) =>
        `  <qti-simple-choice identifier="${choice.id}">${qtiInline(choice.text)}</qti-simple-choice>`,
    ),
    "</qti-choice-interaction>",
  ];
  return {
    responses,
    body,
    scoring: multiple ? mappedScore(["RESPONSE"]) : matchCorrectScore("RESPONSE"),
  };
}

/**
 * The prompt as a paragraph, then the text as a paragraph with a text entry per blank
 * (RESPONSE_1, ...). Each blank's accepted answers are its mapping (1 each, any case);
 * the first is the correct response. The score is the number of blanks right.
 */
function clozeItem(
  prompt: string,
  text: string,
  accept: readonly (readonly string[])[],
): ItemParts {
  const responseId = (blank: number) => `RESPONSE_${blank}`;
  const responses = accept.flatMap((answers, index) => [
    `<qti-response-declaration identifier="${responseId(index + 1)}" cardinality="single" base-type="string">`,
    `  <qti-correct-response><qti-value>${escapeXml(answers[0] ?? "")}</qti-value></qti-correct-response>`,
    '  <qti-mapping default-value="0">',
    ...answers.map(
      (answer) =>
        `    <qti-map-entry map-key="${escapeXml(answer)}" mapped-value="1" case-sensitive="false"/>`,
    ),
    "  </qti-mapping>",
    "</qti-response-declaration>",
  ]);
  const passage = splitClozeText(text)
    .map((part) =>
      part.kind === "text"
        ? qtiInline(part.text)
        : `<qti-text-entry-interaction response-identifier="${responseId(part.blank)}"/>`,
    )
    .join("");
  return {
    responses,
    body: [qtiParagraph(prompt), `<p>${passage}</p>`],
    scoring: mappedScore(accept.map((_, index) => responseId(index + 1))),
  };
}

/** Match interaction: left L1..Ln, right R1..Rn, each used once; 1 per right pair. */
function matchingItem(
  prompt: string,
  pairs: readonly { left: string; right: string }[],
): ItemParts {
  const responses = [
    '<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair">',
    "  <qti-correct-response>",
    ...pairs.map((_, index) => `    <qti-value>L${index + 1} R${index + 1}</qti-value>`),
    "  </qti-correct-response>",
    '  <qti-mapping default-value="0">',
    ...pairs.map(
      (_, index) => `    <qti-map-entry map-key="L${index + 1} R${index + 1}" mapped-value="1"/>`,
    ),
    "  </qti-mapping>",
    "</qti-response-declaration>",
  ];
  const set = (prefix: string, texts: readonly string[]) => [
    "  <qti-simple-match-set>",
    ...texts.map(
      (text, index) =>
        `    <qti-simple-associable-choice identifier="${prefix}${index + 1}" match-max="1">${qtiInline(text)}</qti-simple-associable-choice>`,
    ),
    "  </qti-simple-match-set>",
  ];
  const body = [
    `<qti-match-interaction response-identifier="RESPONSE" shuffle="true" max-associations="${pairs.length}">`,
    `  <qti-prompt>${qtiInline(prompt)}</qti-prompt>`,
    ...set(
      "L",
      pairs.map((pair) => pair.left),
    ),
    ...set(
      "R",
      pairs.map((pair) => pair.right),
    ),
    "</qti-match-interaction>",
  ];
  return { responses, body, scoring: mappedScore(["RESPONSE"]) };
}

/**
 * Order interaction: the items I1..In written in the right order (shuffled when
 * shown). QTI's match scores all or nothing, not the quizdeck grader's share of
 * pairs in the right relative order.
 */
function orderingItem(prompt: string, items: readonly string[]): ItemParts {
  const responses = [
    '<qti-response-declaration identifier="RESPONSE" cardinality="ordered" base-type="identifier">',
    "  <qti-correct-response>",
    ...items.map((_, index) => `    <qti-value>I${index + 1}</qti-value>`),
    "  </qti-correct-response>",
    "</qti-response-declaration>",
  ];
  const body = [
    '<qti-order-interaction response-identifier="RESPONSE" shuffle="true">',
    `  <qti-prompt>${qtiInline(prompt)}</qti-prompt>`,
    ...items.map(
      (item, index) =>
        `  <qti-simple-choice identifier="I${index + 1}">${qtiInline(item)}</qti-simple-choice>`,
    ),
    "</qti-order-interaction>",
  ];
  return { responses, body, scoring: matchCorrectScore("RESPONSE") };
}

/** The evidence quotes, for authors only: one blockquote per quote, citing its paragraph. */
function evidenceRubric(evidence: readonly Evidence[]): string[] {
  if (evidence.length === 0) return [];
  return [
    `<qti-rubric-block use="${EVIDENCE_RUBRIC_USE}" view="author">`,
    "  <qti-content-body>",
    ...evidence.map(
      (quote) =>
        `    <blockquote cite="#${quote.paragraphId}">${qtiParagraph(quote.quote)}</blockquote>`,
    ),
    "  </qti-content-body>",
    "</qti-rubric-block>",
  ];
}

/** A score share as QTI writes floats: up to 6 decimals, no trailing zeros. */
function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

function nest(lines: readonly string[]): string[] {
  return lines.map((line) => `  ${line}`);
}
