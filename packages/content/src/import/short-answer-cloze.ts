import { GIFT_BLANK } from "../export/to-gift.ts";
import type { WeightedChoice } from "./weighted-choices.ts";

/** The instruction a cloze made from a missing-word question gets (the source has none). */
export const FILL_IN_INSTRUCTION = "Fill in the blank.";

/**
 * The prompt and one-blank text of a cloze made from a short-answer question.
 * Without a blank in the stem the stem is the prompt and the text is the blank alone.
 * quizdeck's own exports write the prompt, a line break, then the text with the blank
 * "_____": read back as prompt and text. Otherwise (a missing-word question) the whole
 * stem is the text and `added` says an instruction was added as the prompt.
 */
export function shortAnswerCloze(
  stem: string,
  embedded: boolean,
): { prompt: string; text: string; added: boolean } {
  const blank = stem.indexOf(GIFT_BLANK);
  if (blank === -1) return { prompt: stem, text: "{{1}}", added: false };
  const withBlank = `${stem.slice(0, blank)}{{1}}${stem.slice(blank + GIFT_BLANK.length)}`;
  const lineBreak = stem.indexOf("\n");
  if (!embedded && lineBreak !== -1 && lineBreak < blank) {
    return {
      prompt: withBlank.slice(0, lineBreak),
      text: withBlank.slice(lineBreak + 1),
      added: false,
    };
  }
  return { prompt: FILL_IN_INSTRUCTION, text: withBlank, added: true };
}

/** What to say when shortAnswerCloze added the instruction. */
export const INSTRUCTION_ADDED = `the instruction “${FILL_IN_INSTRUCTION}” was added before the text`;

/**
 * The answers of a Moodle short answer that quizdeck can accept: full credit only
 * (partial credit said and not kept), and no "*" wildcard (Moodle's; quizdeck has
 * none, so such an answer is said and not kept). "\*" is a literal asterisk.
 */
export function acceptedShortAnswers(answers: readonly WeightedChoice[]): {
  accept: string[];
  changes: string[];
} {
  const accept: string[] = [];
  const changes: string[] = [];
  for (const answer of answers) {
    if (answer.feedback) {
      changes.push(`the feedback on “${answer.text}” was not kept: “${answer.feedback}”`);
    }
    if (answer.weight < 99.999) {
      if (answer.weight > 0) {
        changes.push(
          `the answer “${answer.text}” (${answer.weight}% credit) was not kept: quizdeck accepts full-credit answers only`,
        );
      }
    } else if (/(?<!\\)\*/.test(answer.text)) {
      changes.push(
        `the answer “${answer.text}” uses Moodle's * wildcard, which quizdeck does not have: not kept`,
      );
    } else {
      accept.push(answer.text.replace(/\\\*/g, "*"));
    }
  }
  return { accept, changes };
}
