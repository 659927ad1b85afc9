import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("the native optimizer binding", () => {
  it("is imported by src/optimizer only, and nothing else imports src/optimizer", () => {
    const offenders = sourceFiles(SRC)
      .map((path) => relative(SRC, path))
      .filter((path) => !path.startsWith("optimizer/"))
      .filter((path) => {
        const text = readFileSync(join(SRC, path), "utf8");
        return (
          text.includes("@open-spaced-repetition/binding") || /from "\.\.\/optimizer\//.test(text)
        );
      });
    expect(offenders).toEqual([]);
  });
});
