import { CLOZE_BLANK_PATTERN } from "../schema/question.ts";

/** One piece of a cloze text: literal text, or blank n (1-based). */
export type ClozePart = { kind: "text"; text: string } | { kind: "blank"; blank: number };

/** Splits a cloze text ("The {{1}} met in {{2}}.") into its literal text and blanks, in order. */
export function splitClozeText(text: string): ClozePart[] {
  const parts: ClozePart[] = [];
  let from = 0;
  for (const match of text.matchAll(new RegExp(CLOZE_BLANK_PATTERN.source, "g"))) {
    if (match.index > from) parts.push({ kind: "text", text: text.slice(from, match.index) });
    parts.push({ kind: "blank", blank: Number(match[1]) });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ kind: "text", text: text.slice(from) });
  return parts;
}

/** The cloze text with each blank replaced by `fill(blank)`. */
export function fillClozeBlanks(text: string, fill: (blank: number) => string): string {
  return splitClozeText(text)
    .map((part) => (part.kind === "text" ? part.text : fill(part.blank)))
    .join("");
}
