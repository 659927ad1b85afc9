import { htmlToPlain } from "../html-to-plain.ts";
import type { TakenText } from "../text-losses.ts";
import { innerMarkup, type XmlTree } from "../xml/xml-tree.ts";

/** QTI elements that are interactions (the reader maps some, drops the rest). */
export function isInteraction(element: XmlTree): boolean {
  return element.name.startsWith("qti-") && element.name.endsWith("-interaction");
}

/**
 * QTI content (a prompt, a choice, an item body) as plain text. QTI's own elements
 * that `replace` does not handle are left out and said (feedback, templates, ...),
 * and the HTML losses are said as for any HTML.
 */
export function qtiText(
  node: XmlTree,
  where: string,
  replace: (element: XmlTree) => string | undefined = () => undefined,
): TakenText {
  const changes: string[] = [];
  const html = innerMarkup(node, (element) => {
    const replaced = replace(element);
    if (replaced !== undefined) return replaced;
    if (!element.name.startsWith("qti-")) return undefined;
    if (element.name === "qti-printed-variable" || element.name.startsWith("qti-template")) {
      changes.push(`${where}: a template variable not kept`);
    } else if (element.name.startsWith("qti-feedback")) {
      changes.push(`${where}: feedback inside the item (${element.name}) not kept`);
    } else if (element.name === "qti-rubric-block") {
      changes.push(`${where}: a rubric block (${element.attributes.view ?? "no view"}) not kept`);
    } else if (element.name !== "qti-prompt") {
      changes.push(`${where}: the ${element.name.slice(4).replaceAll("-", " ")} not kept`);
    }
    return "";
  });
  const plain = htmlToPlain(html);
  return {
    text: plain.text,
    changes: [...changes, ...plain.losses.map((loss) => `${where}: ${loss} not kept`)],
  };
}
