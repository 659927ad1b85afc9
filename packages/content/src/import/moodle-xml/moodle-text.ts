import { type TakenText, takeHtml } from "../text-losses.ts";
import { attribute, child, ownText } from "../xml/parse-xml.ts";

/**
 * The text of a Moodle XML text element (<questiontext format="html"><text>...</text>),
 * as plain text. "html" (Moodle's default) goes through the HTML reader, with its
 * losses; "moodle_auto_format" and "plain_text" are text already; "markdown" is kept
 * as written, and said. Embedded files (<file>) are media quizdeck cannot keep.
 */
export function moodleText(element: unknown, where: string): TakenText {
  const raw = ownText(child(element, "text"));
  const format = attribute(element, "format") ?? "html";
  const files = [element]
    .flatMap((node) =>
      node && typeof node === "object" ? [(node as Record<string, unknown>).file] : [],
    )
    .flat()
    .filter((file) => file !== undefined);
  const fileChanges = files.map(
    (file) => `${where}: the attached file ${attribute(file, "name") ?? "(unnamed)"} not kept`,
  );
  if (format === "html") {
    const taken = takeHtml(raw, where);
    return { text: taken.text, changes: [...taken.changes, ...fileChanges] };
  }
  if (format === "markdown") {
    return {
      text: raw.trim(),
      changes: [
        "Markdown formatting is shown as written (quizdeck shows plain text)",
        ...fileChanges,
      ],
    };
  }
  return { text: raw.trim(), changes: fileChanges };
}
