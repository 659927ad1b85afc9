import type { TextFormat } from "gift-pegjs";
import { type TakenText, takeHtml } from "../text-losses.ts";

/**
 * A GIFT text as plain text. Moodle's auto-format and [plain] are plain text already;
 * [html] goes through the HTML reader (markup and media losses said); [markdown] is
 * kept as written, which is said, since quizdeck shows it without rendering it.
 */
export function giftText(value: TextFormat, where: string): TakenText {
  switch (value.format) {
    case "html":
      return takeHtml(value.text, where);
    case "markdown":
      return {
        text: value.text,
        changes: ["Markdown formatting is shown as written (quizdeck shows plain text)"],
      };
    default:
      return { text: value.text, changes: [] };
  }
}

/**
 * gift-pegjs 1.0.2 leaves Moodle's escape placeholders (&&061; for "=", ...) in the
 * right side of matching pairs; Moodle's importer turns them back into characters.
 */
export function undoGiftPlaceholders(text: string): string {
  const characters: Record<string, string> = {
    "&&092;": "\\",
    "&&058;": ":",
    "&&035;": "#",
    "&&061;": "=",
    "&&123;": "{",
    "&&125;": "}",
    "&&126;": "~",
    "&&010": "\n",
  };
  return text.replace(
    /&&(?:092|058|035|061|123|125|126);|&&010/g,
    (code) => characters[code] ?? code,
  );
}
