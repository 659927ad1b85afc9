import { XMLParser } from "fast-xml-parser";
import { escapeXml } from "../../export/xml-text.ts";

/** An XML element with its children in document order (text kept where it stands). */
export interface XmlTree {
  name: string;
  attributes: Record<string, string>;
  children: (XmlTree | string)[];
}

type Ordered = Record<string, unknown>;

/**
 * Parses well-formed XML (check it with xmlProblem first) into an ordered tree, with
 * fast-xml-parser's preserveOrder mode: mixed content such as QTI item bodies keeps
 * text and elements in place. Namespace prefixes are dropped from names.
 */
export function parseXmlTree(xml: string): XmlTree[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    removeNSPrefix: true,
    ignorePiTags: true,
    commentPropName: "#comment",
  });
  return toTrees(parser.parse(xml) as Ordered[]).filter(
    (node): node is XmlTree => typeof node !== "string",
  );
}

function toTrees(nodes: readonly Ordered[]): (XmlTree | string)[] {
  return nodes.flatMap((node): (XmlTree | string)[] => {
    if ("#text" in node) return [String(node["#text"])];
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined || name === "#comment") return [];
    const attributes = Object.fromEntries(
      Object.entries((node[":@"] as Record<string, unknown> | undefined) ?? {}).map(
        ([key, value]) => [key, String(value)],
      ),
    );
    return [{ name, attributes, children: toTrees((node[name] as Ordered[] | undefined) ?? []) }];
  });
}

export function elements(node: XmlTree): XmlTree[] {
  return node.children.filter((child): child is XmlTree => typeof child !== "string");
}

/** Every element below `node` (depth first) for which `test` holds. */
export function findAll(node: XmlTree, test: (element: XmlTree) => boolean): XmlTree[] {
  return elements(node).flatMap((child) => [
    ...(test(child) ? [child] : []),
    ...findAll(child, test),
  ]);
}

export function findFirst(node: XmlTree, name: string): XmlTree | undefined {
  return findAll(node, (element) => element.name === name)[0];
}

/** The text inside an element, markup ignored. */
export function textOf(node: XmlTree | string): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}

/** The element's content written back as (X)HTML markup, for the HTML-to-text reader. */
export function innerMarkup(
  node: XmlTree,
  replace?: (element: XmlTree) => string | undefined,
): string {
  return node.children.map((child) => markup(child, replace)).join("");
}

function markup(
  node: XmlTree | string,
  replace?: (element: XmlTree) => string | undefined,
): string {
  if (typeof node === "string") return escapeXml(node);
  const replaced = replace?.(node);
  if (replaced !== undefined) return replaced;
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  const inner = innerMarkup(node, replace);
  // An empty element is written self-closed: "</br>" would read as a second <br> in HTML.
  return inner === ""
    ? `<${node.name}${attributes}/>`
    : `<${node.name}${attributes}>${inner}</${node.name}>`;
}
