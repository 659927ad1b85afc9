import { normalizeNewlines, singleLine } from "./plain-text.ts";

/**
 * Escapes text for GIFT exactly as Moodle's own GIFT exporter does (qformat_gift
 * repchar): a backslash before each of \ ~ = # { } : and newlines written as \n, so
 * the whole text stays on one line. Moodle's importer undoes precisely these.
 */
export function escapeGift(text: string): string {
  return normalizeNewlines(text).replace(/[\\~=#{}:\n]/g, (char) =>
    char === "\n" ? "\\n" : `\\${char}`,
  );
}

/**
 * Escaped text that Moodle will read as formatted text (an option, a left side of a
 * matching pair, feedback). Moodle reads a leading "[html]", "[plain]", ... as a
 * format switch, so text that itself starts with "[" gets an explicit "[plain]".
 */
export function giftFormattedText(text: string): string {
  const escaped = escapeGift(text);
  return escaped.startsWith("[") ? `[plain]${escaped}` : escaped;
}

/**
 * A "// ..." comment line. Moodle reads "[id:...]" and "[tag:...]" inside comments as
 * the question's id number and tags, so those tokens in free text are defused.
 */
export function giftComment(text: string): string {
  return `// ${singleLine(text).replace(/\[(id|tag):/g, "[$1 :")}`;
}

/**
 * The comment Moodle reads a question's ID number and tags from:
 * "// [id:q-...] [tag:nato] [tag:csto]". Ids and tag ids are kebab-case, so nothing
 * in them needs Moodle's "\]" escape.
 */
export function giftIdAndTagsComment(id: string, tags: readonly string[]): string {
  return `// ${[`[id:${id}]`, ...tags.map((tag) => `[tag:${tag}]`)].join(" ")}`;
}

/**
 * An accepted short answer as Moodle stores it: "*" is Moodle's wildcard in short
 * answers, so a literal asterisk is written "\*".
 */
export function escapeShortAnswerWildcards(answer: string): string {
  return answer.replace(/\*/g, "\\*");
}
