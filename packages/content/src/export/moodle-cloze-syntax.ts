import { splitClozeText } from "./cloze-text.ts";
import { escapeShortAnswerWildcards } from "./gift-text.ts";
import { escapeHtml, plainTextToHtml } from "./html-text.ts";

/** Why an accepted answer cannot go into Moodle's embedded-answer (Cloze) syntax, or undefined. */
export function clozeAnswerProblem(answer: string): string | undefined {
  if (answer.includes("~")) {
    return `the accepted answer "${answer}" contains "~", which Moodle's Cloze syntax cannot carry (it separates answers, and Moodle does not unescape "\\~")`;
  }
  if (answer.endsWith("\\")) {
    return `the accepted answer "${answer}" ends with "\\", which would escape the Cloze delimiter after it`;
  }
  return undefined;
}

/**
 * One accepted answer as it must be written inside {1:SHORTANSWER:=...}. Moodle's
 * importer (qtype_multianswer_extract_question) ends an answer at the first "~", "#"
 * or "}" not preceded by "\", then HTML-decodes it and turns "\}" and "\#" back into
 * "}" and "#"; the stored short answer treats "*" as a wildcard unless written "\*".
 * So: "\*" for "*", "\}" and "\#", then HTML-escape. "~" and a trailing "\" cannot be
 * written at all (see clozeAnswerProblem).
 */
export function escapeClozeAnswer(answer: string): string {
  return escapeHtml(escapeShortAnswerWildcards(answer).replace(/[}#]/g, (char) => `\\${char}`));
}

/** The embedded short-answer question for one blank: {1:SHORTANSWER:=a~=b}, case-insensitive. */
export function clozeShortAnswer(answers: readonly string[]): string {
  return `{1:SHORTANSWER:${answers.map((answer) => `=${escapeClozeAnswer(answer)}`).join("~")}}`;
}

/**
 * Text around the blanks of a Moodle Cloze question, as HTML. Braces become
 * &#123; &#125; so no prose can look like an embedded question or a {#1} slot.
 */
export function clozeProseHtml(text: string): string {
  return plainTextToHtml(text).replace(/[{}]/g, (char) => (char === "{" ? "&#123;" : "&#125;"));
}

/** A cloze text ("The {{1}} met.") as Moodle Cloze HTML with one SHORTANSWER per blank. */
export function clozeTextHtml(text: string, accept: readonly (readonly string[])[]): string {
  return splitClozeText(text)
    .map((part) =>
      part.kind === "text"
        ? clozeProseHtml(part.text)
        : clozeShortAnswer(accept[part.blank - 1] ?? []),
    )
    .join("");
}
