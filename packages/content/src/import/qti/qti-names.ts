import type { XmlTree } from "../xml/xml-tree.ts";

/** QTI 2.x names written in one lower-case word (all the others are camelCase). */
const ONE_WORD_QTI_NAMES = new Set(["value", "mapping", "prompt", "gap", "hottext", "stylesheet"]);

/**
 * QTI 2.1 items as QTI 3.0 spells them, so one reader serves both: QTI elements
 * ("choiceInteraction") become "qti-choice-interaction" and their attributes
 * ("responseIdentifier") "response-identifier". HTML elements (all lower-case in both
 * versions) are left alone. QTI 3.0 trees pass through unchanged.
 */
export function asQti3Names(node: XmlTree): XmlTree {
  const isQti2 = /[A-Z]/.test(node.name) || ONE_WORD_QTI_NAMES.has(node.name);
  return {
    name: isQti2 ? `qti-${kebab(node.name)}` : node.name,
    attributes: isQti2
      ? Object.fromEntries(
          Object.entries(node.attributes).map(([key, value]) => [kebab(key), value]),
        )
      : node.attributes,
    children: node.children.map((child) =>
      typeof child === "string" ? child : asQti3Names(child),
    ),
  };
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
