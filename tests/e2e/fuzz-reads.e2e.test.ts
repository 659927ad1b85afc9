import { bank } from "@quizdeck/content/bank";
import { isExportFormat } from "@quizdeck/content/export";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count, report, SEED, useFuzzSession } from "./support/fuzz-fixture.ts";
import { bigString, expectApiContract, oddString, wellFormed } from "./support/fuzz-support.ts";

/** Property-based fuzzing of the query strings of the export and the flashcard queue, and of the source-text route's id. */
describe("fuzzing the read routes", () => {
  const fuzz = useFuzzSession();
  const { student, teacher } = fuzz;

  // ─── GET /api/export and /api/flashcards/queue ───────────────────────────────

  const queryPart = fc.oneof(
    fc
      .tuple(
        fc.constantFrom("format", "set", "Format", "set[]", "", "x"),
        fc.oneof(
          fc.constantFrom(
            "json",
            "gift",
            "moodle-xml",
            "anki-tsv",
            "JSON",
            "gift ",
            "",
            ...bank.sets.map((set) => set.id),
          ),
          oddString(),
          fc.constant(bigString(300)),
        ),
      )
      .map(([name, value]) => `${name}=${encodeURIComponent(wellFormed(value))}`),
    fc.constantFrom(
      "%",
      "%zz",
      "%ff%fe",
      "%00",
      "&&",
      "=",
      "format",
      "set=%E2%80%AE",
      "format=%C0%80json",
      "+",
    ),
  );

  it("GET /api/export: never 5xx; a file only for a known format and set", async () => {
    const target = "GET /api/export";
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          asTeacher: fc.boolean(),
          parts: fc.array(queryPart, { maxLength: 4 }),
          useful: fc.option(
            fc.tuple(
              fc.constantFrom("json", "gift", "moodle-xml", "anki-tsv"),
              fc.option(fc.constantFrom(...bank.sets.map((set) => set.id)), { nil: undefined }),
            ),
            { nil: null },
          ),
        }),
        async ({ asTeacher, parts, useful }) => {
          count(target);
          const all = useful
            ? [`format=${useful[0]}`, ...(useful[1] ? [`set=${useful[1]}`] : []), ...parts]
            : parts;
          const path = `/api/export?${all.join("&")}`;
          const response = await (asTeacher ? teacher : student).send("GET", path);
          await expectApiContract(response, path.slice(0, 200));
          const params = new URL(path, "http://x").searchParams;
          const format = params.get("format") ?? "";
          const setId = params.get("set") || undefined;
          // A query value given twice, or an unknown format, is invalid input; an unknown set is not found.
          const validQuery =
            params.getAll("format").length <= 1 &&
            params.getAll("set").length <= 1 &&
            isExportFormat(format);
          const expected = !asTeacher
            ? 403
            : !validQuery
              ? 422
              : setId && !bank.sets.some((set) => set.id === setId)
                ? 404
                : 200;
          expect(response.status, path.slice(0, 200)).toBe(expected);
        },
      ),
      { numRuns: 100, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);

  it("GET /api/flashcards/queue: never 5xx, 4xx as JSON", async () => {
    const target = "GET /api/flashcards/queue";
    await fc.assert(
      fc.asyncProperty(fc.array(queryPart, { maxLength: 3 }), async (parts) => {
        count(target);
        const path = `/api/flashcards/queue?${parts.join("&").replaceAll("format=", "set=")}`;
        const response = await student.send("GET", path);
        await expectApiContract(response, path.slice(0, 200));
      }),
      { numRuns: 40, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 60_000);

  it("GET /api/library/sources/<id>: never 5xx; a source that is not the teacher's is not found", async () => {
    const target = "GET /api/library/sources/<id>";
    const segment = fc.oneof(
      oddString(),
      fc.constant(bigString(300)),
      fc.uuid(),
      fc.constantFrom("%", "%zz", "%00", "..", "%2e%2e", "%E2%80%AE", "a%2Fb"),
    );
    await fc.assert(
      fc.asyncProperty(segment, fc.boolean(), async (raw, asTeacher) => {
        count(target);
        // Characters that are no path segment's are sent percent-encoded, as a browser would.
        const id = /^[%\w.-]*$/.test(raw) ? raw : encodeURIComponent(wellFormed(raw));
        const path = `/api/library/sources/${id}`;
        const response = await (asTeacher ? teacher : student).send("GET", path);
        if (id === "" || id === ".." || id === "%2e%2e") {
          expect(response.status, path.slice(0, 200)).toBeLessThan(500);
          return;
        }
        await expectApiContract(response, path.slice(0, 200));
        expect([asTeacher ? 404 : 403, 400, 422], path.slice(0, 200)).toContain(response.status);
      }),
      { numRuns: 60, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 60_000);
});
