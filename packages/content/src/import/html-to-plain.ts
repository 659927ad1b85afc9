import { convert, type DomNode } from "html-to-text";
import { Parser, parseDocument } from "htmlparser2";

/** Plain text made from HTML, and what of the HTML it could not keep. */
export interface PlainText {
  text: string;
  /** Each kind of markup or media lost, said once, e.g. "bold/italic formatting". */
  losses: string[];
}

/** Elements whose only effect is typography: their text is kept, the look is lost. */
const FORMATTING: Record<string, string> = {
  b: "bold/italic/underline formatting",
  strong: "bold/italic/underline formatting",
  i: "bold/italic/underline formatting",
  em: "bold/italic/underline formatting",
  u: "bold/italic/underline formatting",
  s: "strike-through formatting",
  strike: "strike-through formatting",
  del: "strike-through formatting",
  sup: "superscript/subscript formatting",
  sub: "superscript/subscript formatting",
  code: "code formatting",
  pre: "code formatting",
  font: "font and colour formatting",
  mark: "highlighting",
  h1: "heading formatting",
  h2: "heading formatting",
  h3: "heading formatting",
  h4: "heading formatting",
  h5: "heading formatting",
  h6: "heading formatting",
  table: "table layout (cells kept as text)",
};

/** Elements that carry content plain text cannot hold at all. */
const MEDIA = new Set([
  "img",
  "audio",
  "video",
  "object",
  "embed",
  "iframe",
  "svg",
  "math",
  "canvas",
]);

/**
 * HTML (Moodle question text, QTI item content) as plain text, with html-to-text:
 * paragraphs and <br> become line breaks, entities are decoded, lists become lines.
 * Everything else the HTML said is listed in `losses`: formatting, styles, links
 * (their text is kept), and media (images, sound, video, formulas), which are gone.
 */
export function htmlToPlain(html: string): PlainText {
  refuseDeepNesting(html);
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "h5", options: { uppercase: false } },
      { selector: "h6", options: { uppercase: false } },
      { selector: "table", format: "block" },
      { selector: "tr", format: "block" },
      { selector: "td", format: "block" },
      { selector: "th", format: "block" },
    ],
  });
  return { text: text.replace(/\n{3,}/g, "\n\n").trim(), losses: markupLosses(html) };
}

/** Deeper than any real text nests, and shallow enough for the recursive walks below. */
export const HTML_NESTING_MAX = 100;

/** Markup nested deeper than HTML_NESTING_MAX: refused before a recursive walk runs out of stack. */
export class MarkupTooDeepError extends Error {
  override name = "MarkupTooDeepError";
  constructor() {
    super(`its HTML nests elements more than ${HTML_NESTING_MAX} deep`);
  }
}

/** Counts the nesting with htmlparser2's streaming parser, which keeps no stack of its own calls. */
function refuseDeepNesting(html: string): void {
  let depth = 0;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      if (depth > HTML_NESTING_MAX) throw new MarkupTooDeepError();
    },
    onclosetag() {
      depth -= 1;
    },
  });
  parser.end(html);
}

function markupLosses(html: string): string[] {
  const losses = new Set<string>();
  const visit = (nodes: readonly DomNode[]) => {
    for (const node of nodes) {
      if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
      const name = String(node.name).toLowerCase();
      const attributes = (node.attribs ?? {}) as Record<string, string>;
      if (MEDIA.has(name)) {
        losses.add(describeMedia(name, attributes));
        continue;
      }
      const formatting = FORMATTING[name];
      if (formatting !== undefined) losses.add(formatting);
      if (name === "a" && attributes.href) losses.add(`the link to ${attributes.href}`);
      if (name === "script" || name === "style") losses.add(`a <${name}> element`);
      if (attributes.style) losses.add("inline styles");
      visit((node.children ?? []) as DomNode[]);
    }
  };
  visit(parseDocument(html).children as DomNode[]);
  return [...losses];
}

function describeMedia(name: string, attributes: Record<string, string>): string {
  if (name === "math") return "a formula (MathML)";
  const source = attributes.src ?? attributes.data ?? "";
  const alt = attributes.alt ? ` (“${attributes.alt}”)` : "";
  const kind =
    name === "img" || name === "svg" ? "image" : name === "iframe" ? "embedded page" : name;
  return source === "" ? `an ${kind}${alt}` : `the ${kind} ${source}${alt}`;
}
