import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An element as fast-xml-parser gives it: attributes under "@name", text under "#text". */
export type XmlElement = Record<string, unknown>;

/**
 * Checks that the text is well-formed XML (fast-xml-parser's validator) and returns
 * the message that says where it is not, or undefined when it is.
 */
export function xmlProblem(xml: string): string | undefined {
  const valid = XMLValidator.validate(xml);
  if (valid === true) return undefined;
  return `line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`;
}

/**
 * Parses well-formed XML into plain objects (no attribute or value type guessing);
 * `arrays` names the elements that are always lists.
 */
export function parseXmlObjects(xml: string, arrays: readonly string[]): XmlElement {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(xml) as XmlElement;
}

/** The child elements called `name` (none, one or several). */
export function children(element: unknown, name: string): XmlElement[] {
  if (element === null || typeof element !== "object") return [];
  const value = (element as XmlElement)[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) =>
    item !== null && typeof item === "object" ? (item as XmlElement) : { "#text": item },
  );
}

/** The first child element called `name`, if any. */
export function child(element: unknown, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

/** An element's own text (its "#text", or the value itself for a text-only element). */
export function ownText(element: unknown): string {
  if (element === undefined || element === null) return "";
  if (typeof element !== "object") return String(element);
  const text = (element as XmlElement)["#text"];
  return text === undefined ? "" : String(text);
}

export function attribute(element: unknown, name: string): string | undefined {
  if (element === null || typeof element !== "object") return undefined;
  const value = (element as XmlElement)[`@${name}`];
  return value === undefined ? undefined : String(value);
}
