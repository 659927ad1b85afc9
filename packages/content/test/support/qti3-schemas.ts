import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Validation of the QTI 3.0 export against the official 1EdTech XSDs with xmllint.
 *
 * The XSDs are not in this repository (see vendor/README.md): QUIZDECK_QTI3_XSD_DIR
 * names a directory holding them, in any layout (for example as downloaded from
 * purl.imsglobal.org/spec/...). Their imports name absolute purl.imsglobal.org URLs;
 * an XML catalog written here maps each such URL to the local file of the same name,
 * so xmllint runs with --nonet. QUIZDECK_REQUIRE_QTI3_XSD=1 (and
 * QUIZDECK_REQUIRE_XMLLINT=1) turn a missing directory (or xmllint) into a failure.
 */
export const ITEM_XSD = [
  "imsqti_asiv3p0_v1p0.xsd",
  "imsqti_asiv3p0p1_v1p0.xsd",
  // The SBAC profile differs from the base schema only in data-* attributes (its header lists
  // the changes), and the export writes none, so it stands in where the base file is missing.
  "imsqti_asiv3p0_sbacv1p0_v1p0.xsd",
];
export const MANIFEST_XSD = ["imsqtiv3p0_imscpv1p2_v1p0.xsd"];

export interface Qti3Schemas {
  /** xmllint's complaints about each file (an empty list: it validates). */
  validate(files: Record<string, string>, schema: "item" | "manifest"): string[];
  dispose(): void;
}

export type Qti3SchemasLookup = { schemas: Qti3Schemas } | { missing: string };

export function findQti3Schemas(env: NodeJS.ProcessEnv = process.env): Qti3SchemasLookup {
  if (spawnSync("xmllint", ["--version"]).status !== 0) {
    return { missing: "xmllint is not installed (Debian package libxml2-utils)" };
  }
  const directory = env.QUIZDECK_QTI3_XSD_DIR ?? "";
  if (directory === "") return { missing: "QUIZDECK_QTI3_XSD_DIR is not set" };
  let xsds: string[];
  try {
    xsds = listXsds(directory);
  } catch {
    return { missing: `QUIZDECK_QTI3_XSD_DIR (${directory}) cannot be read` };
  }
  const item = firstByName(xsds, ITEM_XSD);
  const manifest = xsds.find((path) => MANIFEST_XSD.includes(basename(path)));
  if (item === undefined || manifest === undefined) {
    return {
      missing: `QUIZDECK_QTI3_XSD_DIR (${directory}) lacks ${[...ITEM_XSD, ...MANIFEST_XSD].join(" or ")}`,
    };
  }
  const work = mkdtempSync(join(tmpdir(), "quizdeck-qti3-xsd-"));
  const catalog = join(work, "catalog.xml");
  writeFileSync(catalog, catalogFor(xsds));
  return {
    schemas: {
      validate(files, schema) {
        // One xmllint run for all the files: compiling the schema takes seconds.
        const paths = Object.keys(files).map((name, index) => {
          const path = join(work, `${index}-${basename(name)}`);
          writeFileSync(path, files[name] ?? "");
          return { name, path };
        });
        if (paths.length === 0) return [];
        const run = spawnSync(
          "xmllint",
          [
            "--noout",
            "--nonet",
            "--schema",
            schema === "item" ? item : manifest,
            ...paths.map((file) => file.path),
          ],
          {
            env: { ...process.env, XML_CATALOG_FILES: catalog },
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024,
          },
        );
        if (run.status === 0) return [];
        const problems = paths.flatMap(({ name, path }) => {
          const lines = run.stderr
            .split("\n")
            .filter((line) => line.startsWith(`${path}:`) || line === `${path} fails to validate`);
          return lines.length === 0 ? [] : [`${name}: ${lines.join("\n")}`];
        });
        return problems.length > 0 ? problems : [`xmllint failed: ${run.stderr.trim()}`];
      },
      dispose() {
        rmSync(work, { recursive: true, force: true });
      },
    },
  };
}

/** The first of `names`, in their order of preference, that the directory holds. */
function firstByName(xsds: readonly string[], names: readonly string[]): string | undefined {
  for (const name of names) {
    const path = xsds.find((candidate) => basename(candidate) === name);
    if (path !== undefined) return path;
  }
  return undefined;
}

function listXsds(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".xsd"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Maps every absolute schemaLocation the XSDs name to the local file of that name. */
function catalogFor(xsds: readonly string[]): string {
  const byName = new Map(xsds.map((path) => [basename(path), path]));
  const urls = new Set<string>();
  for (const path of xsds) {
    for (const match of readFileSync(path, "utf8").matchAll(
      /schemaLocation\s*=\s*"(https?:[^"]+)"/g,
    )) {
      if (match[1] !== undefined) urls.add(match[1]);
    }
  }
  const entries = [...urls].flatMap((url) => {
    const local = byName.get(basename(url));
    return local === undefined
      ? []
      : [
          `  <uri name="${url}" uri="${pathToFileURL(local).href}"/>`,
          `  <system systemId="${url}" uri="${pathToFileURL(local).href}"/>`,
        ];
  });
  return [
    '<?xml version="1.0"?>',
    '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">',
    ...entries,
    "</catalog>",
    "",
  ].join("\n");
}
