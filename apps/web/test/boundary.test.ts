import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The web boundary's rules, read from the source: every route handler is built
 * with defineRoute, every server action with defineAction, and the app reaches
 * the store only through its public entry points, never Prisma itself.
 */
const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** `@quizdeck/db` entry points the app may import (package.json "exports" minus the scripts' ones). */
const DB_ENTRY_POINTS = new Set([
  "@quizdeck/db",
  "@quizdeck/db/errors",
  "@quizdeck/db/fields",
  "@quizdeck/db/limits",
  "@quizdeck/db/assignment",
  "@quizdeck/db/attempt",
  "@quizdeck/db/class",
  "@quizdeck/db/content",
  "@quizdeck/db/gradebook",
  "@quizdeck/db/library",
  "@quizdeck/db/memory",
  "@quizdeck/db/progress",
  "@quizdeck/db/rate-limit",
  "@quizdeck/db/user",
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path),
  source: ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true),
}));

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/** Each exported name of a module with what it is: a call of `callee`, or something else. */
function exportsOf(source: ts.SourceFile): { name: string; builtWith: string | null }[] {
  const found: { name: string; builtWith: string | null }[] = [];
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        const callee =
          init && ts.isCallExpression(init) && ts.isIdentifier(init.expression)
            ? init.expression.text
            : null;
        found.push({ name: declaration.name.getText(source), builtWith: callee });
      }
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      isExported(statement)
    ) {
      found.push({ name: statement.name?.text ?? "default", builtWith: null });
    } else if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      found.push({ name: statement.getText(source).slice(0, 60), builtWith: null });
    }
  }
  return found;
}

const isServerActionFile = (source: ts.SourceFile) => {
  const first = source.statements[0];
  return (
    first !== undefined &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use server"
  );
};

function importsOf(source: ts.SourceFile): string[] {
  return source.statements
    .filter(ts.isImportDeclaration)
    .map((statement) => (statement.moduleSpecifier as ts.StringLiteral).text);
}

describe("the web boundary", () => {
  const routeFiles = files.filter((file) => /(^|\/)route\.ts$/.test(file.path));

  it("finds the route handlers and server actions it checks", () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(8);
    expect(files.filter((file) => isServerActionFile(file.source)).length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it("builds every route handler under app/ with defineRoute (or methodNotAllowed)", () => {
    const offenders = routeFiles.flatMap((file) =>
      exportsOf(file.source)
        .filter(({ name }) => HTTP_METHODS.has(name))
        .filter(({ builtWith }) => builtWith !== "defineRoute" && builtWith !== "methodNotAllowed")
        .map(({ name }) => `${file.path}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it("exports nothing else from a route file", () => {
    const extra = routeFiles.flatMap((file) =>
      exportsOf(file.source)
        .filter(({ name }) => !HTTP_METHODS.has(name))
        .map(({ name }) => `${file.path}: ${name}`),
    );
    expect(extra).toEqual([]);
  });

  it("builds every server action with defineAction", () => {
    const offenders = files
      .filter((file) => isServerActionFile(file.source))
      .flatMap((file) =>
        exportsOf(file.source)
          .filter(({ builtWith }) => builtWith !== "defineAction")
          .map(({ name }) => `${file.path}: ${name}`),
      );
    expect(offenders).toEqual([]);
  });

  it("imports the store only through its domain entry points", () => {
    const offenders = files.flatMap((file) =>
      importsOf(file.source)
        .filter(
          (specifier) =>
            (specifier.startsWith("@quizdeck/db") && !DB_ENTRY_POINTS.has(specifier)) ||
            specifier.startsWith("@prisma/") ||
            /packages\/db|generated\/prisma/.test(specifier),
        )
        .map((specifier) => `${file.path}: ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("never queries Prisma directly from a page, route or helper", () => {
    const direct =
      /(\bdb|getDb\(\))\s*\.\s*(\$queryRaw|\$executeRaw|\$transaction|[a-z][A-Za-z]*\s*\.\s*(find|count|create|update|upsert|delete|aggregate|groupBy))/;
    const offenders = files
      .filter((file) => direct.test(file.source.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });
});
