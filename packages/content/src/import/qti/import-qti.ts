import { strFromU8, unzipSync } from "fflate";
import type { ParsedEntry } from "../draft-item.ts";
import { droppedEntry } from "../draft-item.ts";
import { finishImport } from "../finish-import.ts";
import { ImportError } from "../import-error.ts";
import type { ImportResult } from "../import-result.ts";
import { xmlProblem } from "../xml/parse-xml.ts";
import { findAll, parseXmlTree, textOf, type XmlTree } from "../xml/xml-tree.ts";
import { readQtiItem } from "./read-qti-item.ts";

/**
 * QTI 2.1 and 3.0: a single item (assessmentItem / qti-assessment-item) or an IMS
 * content package (.zip with imsmanifest.xml), whose item resources are read in the
 * manifest's order, with each resource's LOM keywords as its tags.
 */
export function importQti(input: Uint8Array | string): ImportResult {
  const bytes = typeof input === "string" ? undefined : input;
  if (bytes !== undefined && bytes[0] === 0x50 && bytes[1] === 0x4b)
    return finishImport("qti", readPackage(bytes));
  const text = typeof input === "string" ? input : strFromU8(input);
  const root = parseXml(text, "the file");
  const name = localName(root.name);
  if (name === "manifest") {
    throw new ImportError(
      "qti",
      "this is a package manifest on its own: import the whole package (.zip) instead",
    );
  }
  return finishImport("qti", [readItemRoot(root)]);
}

/**
 * What a package may unpack to. A zip's small bytes can claim gigabytes (a zip
 * bomb), and each entry is inflated into a buffer of its stated size: only the
 * XML files are unpacked (media are never read), each and all of them capped.
 */
export const QTI_PACKAGE_LIMITS = {
  xmlFileBytesMax: 4 * 1024 * 1024,
  xmlBytesMax: 16 * 1024 * 1024,
};

function unpackXml(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0;
  return unzipSync(bytes, {
    filter: (entry) => {
      if (!/\.xml$/i.test(entry.name)) return false;
      total += entry.originalSize;
      if (entry.originalSize > QTI_PACKAGE_LIMITS.xmlFileBytesMax) {
        throw new ImportError(
          "qti",
          `${entry.name} unpacks to more than ${mb(QTI_PACKAGE_LIMITS.xmlFileBytesMax)}`,
        );
      }
      if (total > QTI_PACKAGE_LIMITS.xmlBytesMax) {
        throw new ImportError(
          "qti",
          `the package's XML unpacks to more than ${mb(QTI_PACKAGE_LIMITS.xmlBytesMax)}`,
        );
      }
      return true;
    },
  });
}

const mb = (bytes: number) => `${bytes / (1024 * 1024)} MB`;

function readPackage(bytes: Uint8Array): ParsedEntry[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unpackXml(bytes);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      "qti",
      `not a readable zip file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const manifestPath = Object.keys(files)
    .filter((path) => /(^|\/)imsmanifest\.xml$/i.test(path))
    .sort((a, b) => a.length - b.length)[0];
  if (manifestPath === undefined)
    throw new ImportError(
      "qti",
      "the zip has no imsmanifest.xml: it is not an IMS content package",
    );
  const base = manifestPath.slice(0, manifestPath.length - "imsmanifest.xml".length);
  const manifest = parseXml(strFromU8(files[manifestPath] as Uint8Array), "imsmanifest.xml");
  const resources = findAll(manifest, (element) => localName(element.name) === "resource");
  const entries: ParsedEntry[] = [];
  for (const resource of resources) {
    const type = resource.attributes.type ?? "";
    if (!/^imsqti_item_xmlv|^imsqti_xmlv1p2/.test(type)) continue;
    const href = resource.attributes.href ?? "";
    const title = resource.attributes.identifier ?? href;
    if (type.startsWith("imsqti_xmlv1p2")) {
      entries.push(
        droppedEntry(
          { title, sourceType: "QTI 1.2 item" },
          "QTI 1.2 is not supported (QTI 2.1 and 3.0 are)",
        ),
      );
      continue;
    }
    const file = files[`${base}${href}`];
    if (file === undefined) {
      entries.push(
        droppedEntry(
          { title, sourceType: "QTI item" },
          `the item file ${href} is missing from the package`,
        ),
      );
      continue;
    }
    let root: XmlTree;
    try {
      root = parseXml(strFromU8(file), href);
    } catch (error) {
      entries.push(
        droppedEntry(
          { title, sourceType: "QTI item" },
          error instanceof Error ? error.message : String(error),
        ),
      );
      continue;
    }
    entries.push(readItemRoot(root, keywords(resource)));
  }
  if (entries.length === 0)
    throw new ImportError("qti", "the package's manifest lists no QTI items");
  return entries;
}

function readItemRoot(root: XmlTree, tags: string[] = []): ParsedEntry {
  const name = localName(root.name);
  if (name === "qti-assessment-item") return readQtiItem(root, "3.0", tags);
  if (name === "assessmentItem") return readQtiItem(root, "2.1", tags);
  throw new ImportError(
    "qti",
    `not a QTI item: the root element is <${root.name}>, expected <qti-assessment-item> (QTI 3.0) or <assessmentItem> (QTI 2.1)`,
  );
}

/** A resource's LOM keywords (imsmd:keyword/imsmd:string), which quizdeck's export fills with tags. */
function keywords(resource: XmlTree): string[] {
  return findAll(resource, (element) => localName(element.name) === "keyword").map((keyword) =>
    textOf(keyword).trim(),
  );
}

function parseXml(text: string, what: string): XmlTree {
  const clean = text.replace(/^\uFEFF/, "");
  const problem = xmlProblem(clean);
  if (problem !== undefined)
    throw new ImportError("qti", `${what} is not well-formed XML: ${problem}`);
  const root = parseXmlTree(clean)[0];
  if (root === undefined) throw new ImportError("qti", `${what} has no root element`);
  return root;
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}
