import { htmlToPlain } from "../html-to-plain.ts";
import {
  acceptedShortAnswers,
  FILL_IN_INSTRUCTION,
  INSTRUCTION_ADDED,
} from "../short-answer-cloze.ts";
import type { WeightedChoice } from "../weighted-choices.ts";

/** An embedded answer of Moodle's Cloze syntax: {1:SHORTANSWER:=a~=b#feedback}. */
const EMBEDDED_ANSWER = /\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}/g;

const SHORT_ANSWER = new Set(["SHORTANSWER", "SA", "MW"]);
const SHORT_ANSWER_CASE = new Set(["SHORTANSWER_C", "SAC", "MWC"]);
const CHOICE = new Set([
  "MULTICHOICE",
  "MC",
  "MULTICHOICE_V",
  "MCV",
  "MULTICHOICE_H",
  "MCH",
  "MULTICHOICE_S",
  "MCS",
  "MULTICHOICE_VS",
  "MCVS",
  "MULTICHOICE_HS",
  "MCHS",
]);

export type ReadCloze =
  | { prompt: string; text: string; accept: string[][]; changes: string[] }
  | { dropped: string };

/**
 * A Moodle Cloze (multianswer) question text as a quizdeck cloze. Each embedded answer
 * becomes a blank: short answers keep their full-credit answers; a drop-down keeps
 * its right option (its other options are lost, said). Numerical and multi-response
 * blanks cannot be held, so such a question is dropped. quizdeck's own export puts
 * the prompt in the first paragraph and the text in the next; other questions get an
 * added instruction.
 */
export function readMoodleCloze(html: string): ReadCloze {
  const accept: string[][] = [];
  const changes: string[] = [];
  let dropped: string | undefined;
  const withSlots = html.replace(
    EMBEDDED_ANSWER,
    (_, _mark: string, kind: string, body: string) => {
      const blank = accept.length + 1;
      const options = readAlternatives(body);
      if (SHORT_ANSWER.has(kind) || SHORT_ANSWER_CASE.has(kind)) {
        const read = acceptedShortAnswers(options);
        accept.push(read.accept);
        changes.push(...read.changes.map((change) => `blank ${blank}: ${change}`));
        if (SHORT_ANSWER_CASE.has(kind)) {
          changes.push(`blank ${blank}: case-sensitive checking not kept (quizdeck ignores case)`);
        }
      } else if (CHOICE.has(kind)) {
        const right = options
          .filter((option) => option.weight >= 99.999)
          .map((option) => option.text);
        const others = options
          .filter((option) => option.weight < 99.999)
          .map((option) => `“${option.text}”`);
        accept.push(right);
        if (others.length > 0) {
          changes.push(
            `blank ${blank}: the drop-down's other options (${others.join(", ")}) were not kept: quizdeck asks for the answer to be typed`,
          );
        }
      } else {
        dropped ??= `blank ${blank} is a ${kind} answer, which a quizdeck cloze cannot hold`;
        accept.push([]);
      }
      return `{{${blank}}}`;
    },
  );
  if (dropped !== undefined) return { dropped };
  const emptyBlank = accept.findIndex((answers) => answers.length === 0);
  if (emptyBlank !== -1)
    return { dropped: `blank ${emptyBlank + 1} has no full-credit answer quizdeck can check` };
  if (accept.length === 0) return { dropped: "the Cloze text has no embedded answers" };
  const plain = htmlToPlain(withSlots);
  changes.push(...plain.losses.map((loss) => `question text: ${loss} not kept`));
  const [first = "", ...rest] = plain.text.split(/\n{2,}/);
  if (rest.length > 0 && !first.includes("{{")) {
    return { prompt: first, text: rest.join("\n\n"), accept, changes };
  }
  return {
    prompt: FILL_IN_INSTRUCTION,
    text: plain.text,
    accept,
    changes: [...changes, INSTRUCTION_ADDED],
  };
}

/**
 * The alternatives of one embedded answer, by Moodle's rules: "~" separates them, "="
 * or "%n%" gives the credit, "#" starts feedback; "\}" and "\#" are literal; the text
 * is HTML (decoded here).
 */
function readAlternatives(body: string): WeightedChoice[] {
  return body.split(/(?<!\\)~/).flatMap((alternative) => {
    const match = /^(=|%(-?\d+(?:[.,]\d*)?)%)?(.*?)(?:(?<!\\)#(.*))?$/s.exec(alternative);
    if (match === null) return [];
    const weight =
      match[1] === "=" ? 100 : match[2] === undefined ? 0 : Number(match[2].replace(",", "."));
    const text = unescapeAnswer(match[3] ?? "");
    const feedback = match[4] === undefined ? "" : unescapeAnswer(match[4]);
    return [{ text, weight, ...(feedback === "" ? {} : { feedback }) }];
  });
}

function unescapeAnswer(html: string): string {
  return htmlToPlain(html).text.replaceAll("\\}", "}").replaceAll("\\#", "#");
}
