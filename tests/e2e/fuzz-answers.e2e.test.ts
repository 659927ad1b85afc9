import type { Question } from "@quizdeck/content/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  casesRun,
  count,
  DEMO_CLASS_NAME,
  FOREIGN_QUESTION,
  freshClientId,
  isPlainObject,
  isValidClientId,
  QUESTIONS,
  rawMutation,
  rawRequest,
  report,
  SAVED_QUESTIONS,
  SEED,
  segment,
  useFuzzSession,
  validResponse,
} from "./support/fuzz-fixture.ts";
import {
  bigString,
  expectApiContract,
  hasUnstorableText,
  notANumber,
  notAString,
  oddNumber,
  oddString,
  withInvalidUtf8,
} from "./support/fuzz-support.ts";
import type { SendOptions } from "./support/http-client.ts";

/**
 * Property-based fuzzing of saving answers and submitting against the running
 * app: whatever arrives, never a 5xx, every 4xx is `{error: {code, message}}`,
 * a 2xx only for a well-formed request, and nothing a refused request carried
 * is stored. Refusals come in the wrapper's order: session, path, body, then
 * the use case (whose attempt, which question, its state).
 */
describe("fuzzing the answer routes", () => {
  const fuzz = useFuzzSession();
  const { student, teacher } = fuzz;

  // ─── POST /api/attempts/<id>/responses ───────────────────────────────────────

  /** Per question, the revision stored and the clientId it was stored with (the model). */
  const stored = new Map<string, { revision: number; clientId: string }>();
  /** Every clientId sent in a body; all but the stored ones must be unknown to the server. */
  const sentClientIds = new Set<string>();

  type BodyMutation =
    | { kind: "missing"; field: "questionId" | "clientId" | "revision" | "response" }
    | { kind: "extra"; key: string; value: unknown }
    | { kind: "field"; field: string; value: unknown };

  const badField: fc.Arbitrary<BodyMutation> = fc.oneof(
    fc.record({
      kind: fc.constant("field" as const),
      field: fc.constant("questionId"),
      value: fc.oneof(
        notAString,
        fc.constant(""),
        fc.constant("q".repeat(201)),
        oddString().map((value) => `no-such-question${value}`),
        fc.constant(FOREIGN_QUESTION?.id ?? "q-foreign"),
      ),
    }),
    fc.record({
      kind: fc.constant("field" as const),
      field: fc.constant("clientId"),
      value: fc.oneof(
        notAString,
        fc.string({ maxLength: 7 }),
        fc.string({ minLength: 101, maxLength: 300 }),
      ),
    }),
    fc.record({
      kind: fc.constant("field" as const),
      field: fc.constant("revision"),
      value: fc.oneof(
        notANumber,
        oddNumber.filter((value) => !(Number.isInteger(value) && value >= 1 && value <= 10_000)),
      ),
    }),
    fc.record({
      kind: fc.constant("field" as const),
      field: fc.constant("response"),
      value: fc.oneof(
        notAString.filter((value) => !isPlainObject(value) || !("type" in value)),
        fc.record({ type: notAString }),
        fc.record({ type: oddString().map((value) => `no-such-type${value}`) }),
        fc.constant({ type: "single-choice", choiceId: "no-such-choice" }),
        fc.constant({ type: "cloze", blanks: "not an array" }),
      ),
    }),
    fc.record({
      kind: fc.constant("field" as const),
      field: fc.constant("timeSpentMs"),
      value: fc.oneof(notANumber, fc.constantFrom(-1, -0.001, -1e308, -(2 ** 53))),
    }),
  );
  const bodyMutation: fc.Arbitrary<BodyMutation> = fc.oneof(
    fc.record({
      kind: fc.constant("missing" as const),
      field: fc.constantFrom("questionId", "clientId", "revision", "response"),
    }),
    fc.record({
      kind: fc.constant("extra" as const),
      key: oddString().map((key) => `extra${key}`),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    badField,
  );

  const responseCase = fc.integer({ min: 0, max: QUESTIONS.length - 1 }).chain((index) => {
    const question = QUESTIONS[index] as Question;
    return fc.record({
      question: fc.constant(question),
      response: validResponse(question),
      clientIdSuffix: fc.oneof(
        { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{0,12}$/) },
        { weight: 1, arbitrary: oddString(12) },
      ),
      revision: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 10_000 })),
      timeSpentMs: fc.option(fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e300, noNaN: true })), {
        nil: undefined,
      }),
      // Two in five are well-formed; the rest carry one to three faults, or a raw fault, or a wrong URL.
      fault: fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        {
          weight: 3,
          arbitrary: fc
            .array(bodyMutation, { minLength: 1, maxLength: 3 })
            .map((list) => ({ kind: "body" as const, list })),
        },
        { weight: 2, arbitrary: rawMutation },
        {
          weight: 1,
          arbitrary: fc.oneof(
            fc.constant({ kind: "other-users-attempt" as const }),
            fc.record({ kind: fc.constant("garbage-attempt" as const), id: oddString(120) }),
          ),
        },
      ),
      replay: fc.boolean(),
      lower: fc.boolean(),
    });
  });

  it("POST /api/attempts/<id>/responses: never 5xx, 4xx as JSON, 2xx only when well-formed", async () => {
    const target = "POST /api/attempts/<id>/responses";
    const post = async (path: string, options: SendOptions, what: string) => {
      count(target);
      const response = await student.send("POST", path, options);
      return { status: response.status, body: await expectApiContract(response, what) };
    };
    await fc.assert(
      fc.asyncProperty(responseCase, async (testCase) => {
        const clientId = freshClientId(testCase.clientIdSuffix);
        let body: Record<string, unknown> = {
          questionId: testCase.question.id,
          clientId,
          revision: testCase.revision,
          response: testCase.response,
          ...(testCase.timeSpentMs === undefined ? {} : { timeSpentMs: testCase.timeSpentMs }),
        };
        const own = `/api/attempts/${fuzz.attemptA}/responses`;
        const { fault } = testCase;
        // The body is checked before the attempt and the question: a clientId outside the
        // field rule (letters, digits, '-', '_') is a 422 wherever it is sent.
        const validBody = isValidClientId(clientId);
        const wellFormed =
          fault === null && validBody && SAVED_QUESTIONS.some((q) => q.id === testCase.question.id);
        // Valid answers to the questions kept unanswered would be stored: fault them.
        if (fault === null && !wellFormed) body.questionId = `${body.questionId}-unknown`;

        if (wellFormed && hasUnstorableText(body)) {
          // A NUL or an unpaired surrogate in the clientId or the answer: refused, and not stored.
          const refused = await post(own, { body: JSON.stringify(body) }, "unstorable text");
          expect(refused.status).toBe(422);
          expect(refused.body).toMatchObject({ error: { code: "INVALID_INPUT" } });
          return;
        }
        if (wellFormed) {
          const before = stored.get(testCase.question.id);
          const expected = before && before.revision >= testCase.revision ? "stale" : "saved";
          sentClientIds.add(clientId);
          const first = await post(own, { body: JSON.stringify(body) }, "valid save");
          expect(first.status).toBe(200);
          expect(first.body).toMatchObject({ status: expected });
          if (expected === "saved")
            stored.set(testCase.question.id, { revision: testCase.revision, clientId });
          if (testCase.replay) {
            const again = await post(own, { body: JSON.stringify(body) }, "the same save again");
            expect(again.status).toBe(200);
            expect(again.body).toMatchObject({
              status: expected === "saved" ? "duplicate" : "stale",
            });
          }
          if (testCase.lower && testCase.revision > 1) {
            const older = {
              ...body,
              clientId: freshClientId("-older"),
              revision: testCase.revision - 1,
            };
            sentClientIds.add(older.clientId);
            const late = await post(own, { body: JSON.stringify(older) }, "a lower revision after");
            expect(late.status).toBe(200);
            expect(late.body).toMatchObject({ status: "stale" });
          }
          return;
        }

        let path = own;
        let options: SendOptions;
        let expected: number[] | null = null;
        if (fault === null) {
          options = { body: JSON.stringify(body) };
          expected = validBody ? [404] : [422];
        } else if (fault.kind === "body") {
          for (const mutation of fault.list) {
            if (mutation.kind === "missing") delete body[mutation.field];
            else if (mutation.kind === "extra") body = { ...body, [mutation.key]: mutation.value };
            else body[mutation.field] = mutation.value;
          }
          options = { body: JSON.stringify(body) };
        } else if (fault.kind === "other-users-attempt") {
          // Someone else's attempt is not found, like a missing one.
          path = `/api/attempts/${fuzz.demoAttemptId}/responses`;
          options = { body: JSON.stringify(body) };
          expected = validBody ? [404] : [422];
        } else if (fault.kind === "garbage-attempt") {
          // A path that cannot name an attempt is refused first; one that could is checked after the body.
          path = `/api/attempts/${segment(fault.id)}/responses`;
          options = { body: JSON.stringify(body) };
          expected = /^[A-Za-z0-9_-]{1,100}$/.test(segment(fault.id)) && !validBody ? [422] : [404];
        } else {
          const raw = rawRequest(body, fault, "revision");
          options = raw.options;
          expected = raw.expected;
        }
        if (typeof body.clientId === "string") sentClientIds.add(body.clientId);
        const result = await post(path, options, `fault ${JSON.stringify(fault)?.slice(0, 200)}`);
        expect(result.status, JSON.stringify(fault)?.slice(0, 200)).toBeGreaterThanOrEqual(400);
        if (expected)
          expect(expected, JSON.stringify(fault)?.slice(0, 200)).toContain(result.status);
      }),
      { numRuns: 150, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);

  it("POST /api/attempts/<id>/responses: big and odd bodies get 413, 400 or 422, never 5xx", async () => {
    const target = "POST /api/attempts/<id>/responses (big payloads)";
    const path = `/api/attempts/${fuzz.attemptA}/responses`;
    const question = QUESTIONS[QUESTIONS.length - 1] as Question;
    const base = {
      questionId: question.id,
      clientId: "fz-big-payload-1",
      revision: 1,
      response: { type: "cloze", blanks: [] },
    };
    const cases: { what: string; options: SendOptions; expected: number[] }[] = [
      {
        what: "1 MB string",
        options: { body: JSON.stringify({ ...base, clientId: bigString(1 << 20) }) },
        expected: [413],
      },
      {
        what: "3 MB string",
        options: { body: JSON.stringify({ ...base, extra: bigString(3 << 20) }) },
        expected: [413],
      },
      {
        what: "1 MB streamed without Content-Length",
        options: { body: JSON.stringify({ ...base, x: bigString(1 << 20) }), stream: true },
        expected: [413],
      },
      {
        what: "just under the limit",
        options: { body: `{"pad":"${"a".repeat(64 * 1024 - 12)}"}` },
        expected: [422],
      },
      {
        what: "invalid UTF-8 inside a string",
        options: {
          body: withInvalidUtf8(
            '{"questionId":"q',
            '","clientId":"fz-utf8-000001","revision":1,"response":{"type":"cloze","blanks":[]}}',
          ),
        },
        expected: [404],
      },
      {
        what: "deeply nested",
        options: { body: `${"[".repeat(5000)}${"]".repeat(5000)}` },
        expected: [422],
      },
    ];
    for (const testCase of cases) {
      count(target);
      const response = await student.send("POST", path, testCase.options);
      await expectApiContract(response, testCase.what);
      expect(testCase.expected, testCase.what).toContain(response.status);
    }
    report(target);
  }, 120_000);

  // ─── POST /api/attempts/<id>/submit ──────────────────────────────────────────

  it("POST /api/attempts/<id>/submit: never 5xx; 2xx only for the own attempt and a JSON body", async () => {
    const target = "POST /api/attempts/<id>/submit";
    let submitted = false;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          attempt: fc.oneof(
            { weight: 3, arbitrary: fc.constant({ kind: "own" as const }) },
            { weight: 1, arbitrary: fc.constant({ kind: "other" as const }) },
            {
              weight: 1,
              arbitrary: fc.record({ kind: fc.constant("garbage" as const), id: oddString(120) }),
            },
          ),
          body: fc.oneof(
            {
              weight: 3,
              arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => ({ json: value })),
            },
            { weight: 2, arbitrary: rawMutation.map((raw) => ({ raw })) },
          ),
        }),
        async ({ attempt, body }) => {
          count(target);
          const id =
            attempt.kind === "own"
              ? fuzz.attemptB
              : attempt.kind === "other"
                ? fuzz.demoAttemptId
                : segment(attempt.id);
          let options: SendOptions;
          let expectedFailure: number[] | null = null;
          if ("json" in body) {
            options = { body: JSON.stringify(body.json) ?? "null" };
          } else if (body.raw.kind === "not-an-object" || body.raw.kind === "text-number") {
            // The route ignores the body's content: any JSON will do, anything else is a 400.
            options = {
              body:
                JSON.stringify(body.raw.kind === "not-an-object" ? body.raw.value : null) ?? "null",
            };
          } else {
            const raw = rawRequest({ any: "thing" }, body.raw, "any");
            options = raw.options;
            expectedFailure = raw.expected;
          }
          const response = await student.send("POST", `/api/attempts/${id}/submit`, options);
          const reply = await expectApiContract(
            response,
            `${JSON.stringify({ attempt, body }).slice(0, 200)}`,
          );
          const wellFormed = attempt.kind === "own" && expectedFailure === null;
          if (wellFormed) {
            expect(response.status).toBe(200);
            expect(reply).toMatchObject({ attemptId: fuzz.attemptB, alreadySubmitted: submitted });
            submitted = true;
          } else {
            expect(response.status).toBeGreaterThanOrEqual(400);
            if (expectedFailure && attempt.kind === "own")
              expect(expectedFailure).toContain(response.status);
            if (attempt.kind === "other")
              expect([404, ...(expectedFailure ?? [])]).toContain(response.status);
          }
        },
      ),
      { numRuns: 60, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);

  // ─── No partial writes ───────────────────────────────────────────────────────

  it("stored only what the valid requests sent: the attempt's answers and the demo class's name", async () => {
    const teach = await (await teacher.send("GET", "/teach")).text();
    expect(teach).toContain(`href="/teach/classes/${fuzz.demoClassId}">${DEMO_CLASS_NAME}<`);

    expect(stored.size, "the fuzzing saved some answers").toBeGreaterThan(0);
    const submit = await student.post(`/api/attempts/${fuzz.attemptA}/submit`, {});
    expect(submit.status).toBe(200);
    const results = (
      await (await student.send("GET", `/attempts/${fuzz.attemptA}/results`)).text()
    ).replaceAll("<!-- -->", "");
    const unanswered = QUESTIONS.length - stored.size;
    expect(unanswered).toBeGreaterThanOrEqual(QUESTIONS.length - SAVED_QUESTIONS.length);
    expect(results).toContain(`, ${unanswered} not answered.`);

    // A stored answer is found by its clientId; any other clientId sent was never stored.
    const storedIds = new Set([...stored.values()].map((entry) => entry.clientId));
    const question = SAVED_QUESTIONS[0] as Question;
    const probe = (clientId: string) =>
      student.post(`/api/attempts/${fuzz.attemptA}/responses`, {
        questionId: question.id,
        clientId,
        revision: 1,
        response: { type: "true-false", answer: true },
      });
    for (const [questionId, { clientId }] of stored) {
      const response = await student.post(`/api/attempts/${fuzz.attemptA}/responses`, {
        questionId,
        clientId,
        revision: 1,
        response: { type: "true-false", answer: true },
      });
      expect(await response.json(), clientId).toMatchObject({ status: "duplicate" });
    }
    const notStored = [...sentClientIds].filter((id) => !storedIds.has(id) && isValidClientId(id));
    expect(notStored.length).toBeGreaterThan(10);
    for (const clientId of notStored.slice(0, 40)) {
      const response = await probe(clientId);
      expect(response.status, clientId).toBe(409);
      expect(await response.json()).toMatchObject({ error: { code: "CONFLICT" } });
    }
    console.log(
      `fuzz: ${stored.size} answers stored, ${notStored.length} other clientIds checked unknown (40 probed); cases run: ${JSON.stringify(casesRun)}`,
    );
  }, 60_000);
});
