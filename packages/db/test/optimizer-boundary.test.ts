import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const exports = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")).exports as Record<
  string,
  string
>;

/** Every module an entry reaches through relative imports, and the packages they import. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      if (!specifier) continue;
      if (specifier.startsWith(".")) {
        const target = resolve(dirname(file), specifier);
        if (existsSync(target)) visit(target);
      } else {
        packages.add(specifier);
      }
    }
  };
  visit(join(PACKAGE, entry));
  return { files, packages };
}

describe("the native optimizer in the store", () => {
  it("is reached from the fitting worker's entry only, never from one a page may import", () => {
    const offenders = Object.entries(exports)
      .filter(([name]) => name !== "./fitting-worker")
      .filter(([, entry]) => reach(entry).packages.has("@quizdeck/core/optimizer"))
      .map(([name]) => name);
    expect(offenders).toEqual([]);

    const worker = reach(exports["./fitting-worker"] ?? "");
    expect(worker.packages.has("@quizdeck/core/optimizer")).toBe(true);
    const importers = [...worker.files]
      .filter((file) => readFileSync(file, "utf8").includes('"@quizdeck/core/optimizer"'))
      .map((file) => relative(PACKAGE, file));
    expect(importers).toEqual(["src/server-only/fitting/internal/fit-and-evaluate.ts"]);
  });
});
