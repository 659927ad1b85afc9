import fc from "fast-check";
import { describe, it } from "vitest";
import { count, report, SEED, SET, SET_ID, useFuzzSession } from "./support/fuzz-fixture.ts";
import { bigString, expectActionContract, oddNumber, oddString } from "./support/fuzz-support.ts";
import { FORM_DATA, type HttpClient } from "./support/http-client.ts";

/** Property-based fuzzing of the server actions' form fields: never a 5xx, never an unexpected error digest. */
describe("fuzzing the server actions", () => {
  const fuzz = useFuzzSession();
  const { student, teacher } = fuzz;

  // ─── Server actions ──────────────────────────────────────────────────────────

  const fieldValue = fc.oneof(
    { weight: 4, arbitrary: oddString() },
    { weight: 1, arbitrary: fc.constant(bigString(20_000)) },
    { weight: 1, arbitrary: oddNumber.map(String) },
  );
  // Field names without C0 control characters: Next.js's multipart parser refuses those (see the known issue below).
  const fieldName = oddString(10).map((name) =>
    [...name].filter((char) => (char.codePointAt(0) ?? 0) >= 0x20).join(""),
  );
  const extraFields = fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 3 });

  async function fuzzAction(
    name: string,
    client: HttpClient,
    numRuns: number,
    cases: fc.Arbitrary<{ args: unknown[]; fields: [string, string][] }>,
  ) {
    const target = `server action ${name}`;
    const id = fuzz.actionId(name);
    await fc.assert(
      fc.asyncProperty(cases, async ({ args, fields }) => {
        count(target);
        const response = await client.callAction(id, args, fields);
        await expectActionContract(response, `${name} ${JSON.stringify(fields).slice(0, 200)}`);
      }),
      { numRuns, seed: SEED, endOnFailure: true },
    );
    report(target);
  }

  it("server action joinClassAction: never 5xx", async () => {
    await fuzzAction(
      "joinClassAction",
      student,
      40,
      fc.record({
        args: fc.constant([{}, FORM_DATA]),
        fields: fc
          .tuple(fc.option(fieldValue, { nil: undefined }), extraFields)
          .map(([code, extra]) => [
            ...(code === undefined ? [] : [["joinCode", code] as [string, string]]),
            ...extra,
          ]),
      }),
    );
  }, 120_000);

  it("server action startPracticeAction: never 5xx", async () => {
    const name = fc.constantFrom(
      "setId",
      "feedbackMode",
      "count",
      "tag",
      "type",
      "difficulty",
      "level",
      "paragraph",
    );
    await fuzzAction(
      "startPracticeAction",
      student,
      40,
      fc.record({
        args: fc.constant([{}, FORM_DATA]),
        fields: fc.array(
          fc.tuple(
            name,
            fc.oneof(
              fieldValue,
              fc.constantFrom(SET_ID, "immediate", "after_submit", "5", "0", "21", "-1", "1e3"),
            ),
          ),
          { maxLength: 5 },
        ),
      }),
    );
  }, 120_000);

  it("server action retryMissedAction: never 5xx, whatever the attempt id", async () => {
    await fuzzAction(
      "retryMissedAction",
      student,
      30,
      fc.record({
        args: fc.constant([{}, FORM_DATA]),
        fields: fc
          .tuple(
            fc.oneof(
              oddString(120),
              fc.constantFrom(fuzz.demoAttemptId, fuzz.attemptA, fuzz.attemptB, ""),
            ),
            extraFields,
          )
          .map(([attemptId, extra]) => [["attemptId", attemptId] as [string, string], ...extra]),
      }),
    );
  }, 120_000);

  it("server action renameClassAction (teacher): never 5xx; the demo class keeps its name", async () => {
    const invalidName = fc.oneof(
      fc.constantFrom("", " ", "\t\n", "\u00a0\u2003"),
      oddString().map((name) => `${"x".repeat(81)}${name}`),
      fc.constant(bigString(30_000)),
    );
    await fuzzAction(
      "renameClassAction",
      teacher,
      40,
      fc.record({
        args: fc.constant([{}, FORM_DATA]),
        fields: fc.oneof(
          fc
            .tuple(invalidName, extraFields)
            .map(
              ([name, extra]) =>
                [["classId", fuzz.demoClassId], ["name", name], ...extra] as [string, string][],
            ),
          fc
            .tuple(fieldValue, extraFields)
            .map(
              ([name, extra]) =>
                [["classId", fuzz.fuzzClassId], ["name", name], ...extra] as [string, string][],
            ),
          fc.tuple(oddString(120), fieldValue).map(
            ([classId, name]) =>
              [
                ["classId", classId],
                ["name", name],
              ] as [string, string][],
          ),
        ),
      }),
    );
  }, 120_000);

  it("server action createAssignmentAction (teacher): never 5xx", async () => {
    const when = fc.oneof(
      fc.constantFrom(
        "2020-01-01T08:00",
        "2099-12-31T23:59:59",
        "0000-01-01T00:00",
        "9999-12-31T23:59",
        "2021-02-30T10:00",
        "2021-13-01T00:00",
        "",
      ),
      oddString(),
    );
    const whole = fc.oneof(
      oddNumber.map(String),
      fc.constantFrom("", "3", "0", "-1", "1e400", "NaN", "9".repeat(40)),
      oddString(),
    );
    await fuzzAction(
      "createAssignmentAction",
      teacher,
      50,
      fc.record({
        args: fc.constant([{}, FORM_DATA]),
        fields: fc
          .record({
            classId: fc.oneof(
              { weight: 3, arbitrary: fc.constant(fuzz.fuzzClassId) },
              { weight: 1, arbitrary: oddString(120) },
            ),
            title: fc.oneof(fieldValue, fc.constant("Fuzz check")),
            source: fc.constantFrom("set", "custom", "", "other"),
            setId: fc.oneof(fc.constantFrom(SET_ID, ""), oddString()),
            questionIds: fc.array(fc.oneof(fc.constantFrom(...SET.questionIds), oddString()), {
              maxLength: 3,
            }),
            opensAt: when,
            dueAt: when,
            retentionUntil: when,
            attemptsAllowed: whole,
            timeLimitMinutes: whole,
            retentionPercent: whole,
            answerRelease: fc.constantFrom("after_each_answer", "after_due", "on_date", "", "x"),
            answersReleaseAt: when,
            scoreRelease: fc.constantFrom("after_each_attempt", "never", "on_date", "", "x"),
            shuffleQuestions: fc.constantFrom("on", "off", ""),
          })
          .map(({ questionIds, ...single }) => [
            ...Object.entries(single),
            ...questionIds.map((id) => ["questionIds", id] as [string, string]),
          ]),
      }),
    );
  }, 120_000);

  it("server actions of the teacher's library: never 5xx, whatever JSON, base64 or text they get", async () => {
    const created = await teacher.callAction(
      fuzz.actionId("createLibrarySetAction"),
      [{}, FORM_DATA],
      {
        title: "Fuzz set",
      },
    );
    const location =
      created.headers.get("x-action-redirect") ?? created.headers.get("location") ?? "";
    const setId = /\/teach\/library\/sets\/([^/?;]+)/.exec(location)?.[1] ?? "missing";
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.constant(JSON.stringify({ type: "cloze", prompt: "P", text: "{{1}}", accept: [[]] })),
      fc.constant(
        JSON.stringify({
          sections: [{ title: "S", draw: 9, questions: [{ kind: "library", id: "x" }] }],
        }),
      ),
      fieldValue,
    );
    const cases: [string, fc.Arbitrary<[string, string][]>][] = [
      [
        "saveLibraryItemAction",
        fc
          .record({
            kind: fc.constantFrom("question", "flashcard", "", "other"),
            itemId: fc.oneof(fc.constant(""), oddString(120)),
            sourceId: fc.oneof(fc.constant(""), oddString(120)),
            item: json,
          })
          .map((fields) => Object.entries(fields)),
      ],
      [
        "updateLibrarySetAction",
        fc
          .record({
            setId: fc.oneof(fc.constant(setId), oddString(120)),
            title: fieldValue,
            structure: json,
          })
          .map((fields) => Object.entries(fields)),
      ],
      [
        "readImportFileAction",
        fc
          .record({
            fileName: fieldValue,
            format: fc.constantFrom("gift", "moodle-xml", "qti", "quizlet", "csv", "", "x"),
            content: fc.oneof(
              fc
                .uint8Array({ maxLength: 400 })
                .map((bytes) => Buffer.from(bytes).toString("base64")),
              fieldValue,
            ),
          })
          .map((fields) => Object.entries(fields)),
      ],
      [
        "createSourceAction",
        fc
          .record({
            title: fieldValue,
            format: fc.constantFrom("text", "markdown", "html", "", "x"),
            text: fieldValue,
          })
          .map((fields) => Object.entries(fields)),
      ],
    ];
    for (const [name, fields] of cases) {
      await fuzzAction(
        name,
        teacher,
        25,
        fc.record({ args: fc.constant([{}, FORM_DATA]), fields }),
      );
    }
  }, 240_000);

  it("server actions with a body over 1 MB: never 5xx", async () => {
    const target = "server actions (big payloads)";
    const cases: [string, HttpClient, [string, string][]][] = [
      ["joinClassAction", student, [["joinCode", bigString(1 << 20)]]],
      [
        "renameClassAction",
        teacher,
        [
          ["classId", fuzz.demoClassId],
          ["name", bigString((1 << 20) + 1000)],
        ],
      ],
      [
        "createAssignmentAction",
        teacher,
        [
          ["classId", fuzz.fuzzClassId],
          ["title", bigString(3 << 20)],
        ],
      ],
    ];
    for (const [name, client, fields] of cases) {
      count(target);
      const response = await client.callAction(fuzz.actionId(name), [{}, FORM_DATA], fields);
      await expectActionContract(response, `${name} with a big field`);
    }
    report(target);
  }, 120_000);

  it.fails("known issue: a control character in a form field's name gives an error digest (Next.js's multipart parser)", async () => {
    // Browsers escape only CR, LF and '"' in field names, so a hand-made request can send others;
    // Next.js answers 200 with an error ("Malformed part header") before any action code runs.
    const response = await student.callAction(
      fuzz.actionId("joinClassAction"),
      [{}, FORM_DATA],
      [
        ["joinCode", "ZZZZZZZ"],
        ["a\u0007b", "x"],
      ],
    );
    await expectActionContract(response, "a BEL in a field name");
  });
});
