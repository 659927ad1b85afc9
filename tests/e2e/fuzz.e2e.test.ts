import { bank } from "@quizdeck/content/bank";
import { isExportFormat } from "@quizdeck/content/export";
import type { Question } from "@quizdeck/content/schema";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_STUDENT, DEMO_TEACHER } from "./support/browser-test.ts";
import {
  bigString,
  expectActionContract,
  expectApiContract,
  hasUnstorableText,
  notANumber,
  notAString,
  oddNumber,
  oddString,
  wellFormed,
  withInvalidUtf8,
} from "./support/fuzz-support.ts";
import { FORM_DATA, HttpClient, type SendOptions } from "./support/http-client.ts";
import { serverActionIds } from "./support/server-actions.ts";

/**
 * Property-based fuzzing of the JSON API routes and the server actions against
 * the running app: whatever arrives, the answer is never a 5xx, every 4xx is
 * `{error: {code, message}}`, a 2xx comes only for a well-formed request, and
 * nothing a refused request carried is stored. A fixed seed per target makes a
 * failure reproduce; each target logs how many cases it ran.
 */
const SEED = 20_260_601;
const DEMO_CLASS_NAME = "Current Affairs 11 (demo)";
const SET_ID = "s-recall-warm-up";

const SET = bank.sets.find((set) => set.id === SET_ID);
if (!SET) throw new Error(`${SET_ID} is not in the bank`);
const QUESTIONS = SET.questionIds.map((id) => {
  const question = bank.questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`${id} is not in the bank`);
  return question;
});
/** Valid saves go to these only: the rest of the attempt must stay unanswered. */
const SAVED_QUESTIONS = QUESTIONS.slice(0, 10);
const FOREIGN_QUESTION = bank.questions.find((question) => !SET.questionIds.includes(question.id));
const FLASHCARD_IDS = bank.flashcards.slice(0, 6).map((card) => card.id);

const casesRun: Record<string, number> = {};
function count(target: string) {
  casesRun[target] = (casesRun[target] ?? 0) + 1;
}
function report(target: string) {
  console.log(`fuzz: ${casesRun[target] ?? 0} cases against ${target}`);
}

/** A path segment from any string (lone surrogates made well-formed, dot segments avoided). */
function segment(value: string): string {
  return `x${encodeURIComponent(wellFormed(value))}`;
}

let clientIdCounter = 0;
/** A clientId no request has used: a counter, then some odd Unicode (valid: 8–100 code units). */
function freshClientId(suffix: string): string {
  return `fz${String(++clientIdCounter).padStart(6, "0")}${suffix}`.slice(0, 100);
}

function validResponse(question: Question): fc.Arbitrary<Record<string, unknown>> {
  switch (question.type) {
    case "single-choice":
      return fc
        .constantFrom(...question.choices.map((choice) => choice.id))
        .map((choiceId) => ({ type: question.type, choiceId }));
    case "multiple-choice":
      return fc
        .subarray(question.choices.map((choice) => choice.id))
        .map((choiceIds) => ({ type: question.type, choiceIds }));
    case "true-false":
      return fc.boolean().map((answer) => ({ type: question.type, answer }));
    case "cloze":
      return fc
        .array(oddString(), {
          minLength: question.accept.length,
          maxLength: question.accept.length,
        })
        .map((blanks) => ({ type: question.type, blanks }));
    case "matching": {
      const rights = question.pairs.map((pair) => pair.right);
      return fc
        .array(fc.constantFrom(...rights), {
          minLength: question.pairs.length,
          maxLength: question.pairs.length,
        })
        .map((chosen) => ({
          type: question.type,
          matches: question.pairs.map((pair, index) => ({ left: pair.left, right: chosen[index] })),
        }));
    }
    case "ordering":
      return fc
        .shuffledSubarray(question.items, {
          minLength: question.items.length,
          maxLength: question.items.length,
        })
        .map((order) => ({ type: question.type, order }));
  }
}

/** What the fuzzer sends instead of a plain JSON body, and the status that must come back. */
type RawMutation =
  | { kind: "not-an-object"; value: unknown }
  | { kind: "content-type"; contentType: string | null }
  | { kind: "truncated"; at: number }
  | { kind: "invalid-utf8-outside-strings" }
  | { kind: "text-number"; literal: string };

const rawMutation: fc.Arbitrary<RawMutation> = fc.oneof(
  fc.record({
    kind: fc.constant("not-an-object" as const),
    value: fc.oneof(
      notAString.filter((value) => !isPlainObject(value)),
      oddString(),
    ),
  }),
  fc.record({
    kind: fc.constant("content-type" as const),
    contentType: fc.constantFrom(
      null,
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "text/json",
      "",
    ),
  }),
  fc.record({ kind: fc.constant("truncated" as const), at: fc.nat() }),
  fc.constant({ kind: "invalid-utf8-outside-strings" as const }),
  fc.record({
    kind: fc.constant("text-number" as const),
    literal: fc.constantFrom("1e309", "-1e309", "1e-400", "NaN", "Infinity", "0x10", "01", "+1"),
  }),
);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The request for a raw mutation of `body`; `numberField` is where a bad number literal goes. */
function rawRequest(
  body: Record<string, unknown>,
  mutation: RawMutation,
  numberField: string,
): { options: SendOptions; expected: number[] } {
  const text = JSON.stringify(body);
  switch (mutation.kind) {
    case "not-an-object":
      return { options: { body: JSON.stringify(mutation.value) ?? "null" }, expected: [422] };
    case "content-type":
      return { options: { body: text, contentType: mutation.contentType }, expected: [415] };
    case "truncated":
      return { options: { body: text.slice(0, mutation.at % text.length) }, expected: [400] };
    case "invalid-utf8-outside-strings":
      return { options: { body: withInvalidUtf8(text.slice(0, -1), "}") }, expected: [400] };
    case "text-number": {
      // Not JSON at all (NaN, 0x10, 01, +1) is a 400; numbers JSON.parse takes to ±Infinity or 0 fail validation.
      // Last: JSON.parse keeps the last of repeated keys.
      const replaced = `${text.slice(0, -1)},"${numberField}":${mutation.literal}}`;
      const parses = ["1e309", "-1e309", "1e-400"].includes(mutation.literal);
      return { options: { body: replaced }, expected: parses ? [422] : [400] };
    }
  }
}

describe("fuzzing the API routes and server actions", () => {
  const student = new HttpClient();
  const teacher = new HttpClient();
  const demoStudent = new HttpClient();
  const actions = new Map<string, string>();
  let demoClassId = "";
  let fuzzClassId = "";
  /** The fresh student's attempts: answers are fuzzed into A, submissions into B. */
  let attemptA = "";
  let attemptB = "";
  /** Another user's objects. */
  let demoAttemptId = "";
  let teacherReviewLogId = "";

  async function startPractice(client: HttpClient, feedbackMode: string): Promise<string> {
    const response = await client.callAction(
      actionId("startPracticeAction"),
      [{}, FORM_DATA],
      [
        ["setId", SET_ID],
        ["feedbackMode", feedbackMode],
      ],
    );
    const redirect = response.headers.get("x-action-redirect") ?? response.headers.get("location");
    const id = /\/attempts\/([^/;?]+)/.exec(redirect ?? "")?.[1];
    if (!id) throw new Error(`startPracticeAction did not open an attempt: ${response.status}`);
    return id;
  }

  function actionId(name: string): string {
    const id = actions.get(name);
    if (!id) throw new Error(`${name} is not in the build's server action manifest`);
    return id;
  }

  beforeAll(async () => {
    for (const [name, id] of serverActionIds()) actions.set(name, id);
    const stamp = Date.now();
    await student.signUp(
      "Fuzz Student",
      `fuzz-student-${stamp}@example.test`,
      "Fuzzing-Pupil-77",
      "student",
    );
    await teacher.signIn(DEMO_TEACHER, DEMO_PASSWORD);
    await demoStudent.signIn(DEMO_STUDENT, DEMO_PASSWORD);

    const teach = await (await teacher.send("GET", "/teach")).text();
    demoClassId =
      /href="\/teach\/classes\/([^"/]+)">Current Affairs 11 \(demo\)</.exec(teach)?.[1] ?? "";
    const home = await (await demoStudent.send("GET", "/home")).text();
    demoAttemptId = /href="\/attempts\/([^"/]+)\/results"/.exec(home)?.[1] ?? "";
    expect(demoClassId, "the demo class on /teach").not.toBe("");
    expect(demoAttemptId, "the demo student's result link").not.toBe("");

    attemptA = await startPractice(student, "after_submit");
    attemptB = await startPractice(student, "after_submit");

    const created = await teacher.callAction(
      actionId("createClassAction"),
      [{}, FORM_DATA],
      [["name", "Fuzz class"]],
    );
    const location = created.headers.get("x-action-redirect") ?? created.headers.get("location");
    fuzzClassId = /\/teach\/classes\/([^/;?]+)/.exec(location ?? "")?.[1] ?? "";
    expect(fuzzClassId, "the class made for fuzzing").not.toBe("");

    const review = await teacher.post("/api/flashcards/reviews", {
      flashcardId: FLASHCARD_IDS[0],
      rating: 3,
      clientId: `fz-teacher-${stamp}`,
    });
    expect(review.status).toBe(201);
    teacherReviewLogId = ((await review.json()) as { reviewLogId: string }).reviewLogId;
  });

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
      clientIdSuffix: oddString(12),
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
        const own = `/api/attempts/${attemptA}/responses`;
        const { fault } = testCase;
        const wellFormed =
          fault === null && SAVED_QUESTIONS.some((q) => q.id === testCase.question.id);
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
          expected = [404];
        } else if (fault.kind === "body") {
          for (const mutation of fault.list) {
            if (mutation.kind === "missing") delete body[mutation.field];
            else if (mutation.kind === "extra") body = { ...body, [mutation.key]: mutation.value };
            else body[mutation.field] = mutation.value;
          }
          options = { body: JSON.stringify(body) };
        } else if (fault.kind === "other-users-attempt") {
          path = `/api/attempts/${demoAttemptId}/responses`;
          options = { body: JSON.stringify(body) };
          expected = [403, 404];
        } else if (fault.kind === "garbage-attempt") {
          path = `/api/attempts/${segment(fault.id)}/responses`;
          options = { body: JSON.stringify(body) };
          expected = [404];
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
    const path = `/api/attempts/${attemptA}/responses`;
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
              ? attemptB
              : attempt.kind === "other"
                ? demoAttemptId
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
            expect(reply).toMatchObject({ attemptId: attemptB, alreadySubmitted: submitted });
            submitted = true;
          } else {
            expect(response.status).toBeGreaterThanOrEqual(400);
            if (expectedFailure && attempt.kind === "own")
              expect(expectedFailure).toContain(response.status);
            if (attempt.kind === "other")
              expect([403, 404, ...(expectedFailure ?? [])]).toContain(response.status);
          }
        },
      ),
      { numRuns: 60, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);

  // ─── POST /api/flashcards/reviews and /undo ──────────────────────────────────

  const reviewed: { flashcardId: string; rating: number; clientId: string; reviewLogId: string }[] =
    [];

  it("POST /api/flashcards/reviews: never 5xx; 2xx only when well-formed; replays apply once", async () => {
    const target = "POST /api/flashcards/reviews";
    const validClientId = fc
      .stringMatching(/^[A-Za-z0-9_-]{0,20}$/)
      .map((suffix) => freshClientId(suffix));
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          flashcardId: fc.oneof(
            {
              weight: 3,
              arbitrary: fc.constantFrom(...FLASHCARD_IDS).map((id) => ({ ok: true, id }) as const),
            },
            {
              weight: 1,
              arbitrary: fc
                .oneof(
                  notAString,
                  fc.constant(""),
                  fc.constant("c".repeat(201)),
                  oddString().map((id) => `c-none${id}`),
                )
                .map((id) => ({ ok: false, id }) as const),
            },
          ),
          rating: fc.oneof(
            {
              weight: 3,
              arbitrary: fc
                .integer({ min: 1, max: 4 })
                .map((rating) => ({ ok: true, rating }) as const),
            },
            {
              weight: 1,
              arbitrary: fc
                .oneof(
                  notANumber,
                  oddNumber.filter((value) => ![1, 2, 3, 4].includes(value)),
                )
                .map((rating) => ({ ok: false, rating }) as const),
            },
          ),
          clientId: fc.oneof(
            { weight: 4, arbitrary: validClientId.map((id) => ({ kind: "fresh", id }) as const) },
            { weight: 1, arbitrary: fc.constant({ kind: "replay" } as const) },
            { weight: 1, arbitrary: fc.constant({ kind: "replay-other-rating" } as const) },
            {
              weight: 1,
              arbitrary: fc
                .oneof(
                  notAString,
                  fc.string({ maxLength: 7 }),
                  fc.string({ minLength: 101, maxLength: 200 }),
                  oddString()
                    .map((id) => `fz-bad-${id}`)
                    .filter((id) => !/^[A-Za-z0-9_-]+$/.test(id)),
                )
                .map((id) => ({ kind: "bad", id }) as const),
            },
          ),
          extra: fc.dictionary(
            oddString(8).map((key) => `extra${key}`),
            fc.jsonValue({ maxDepth: 1 }),
            { maxKeys: 2 },
          ),
          raw: fc.option(rawMutation, { freq: 5, nil: null }),
        }),
        async (testCase) => {
          count(target);
          const previous = reviewed[reviewed.length - 1];
          const replaying =
            previous &&
            (testCase.clientId.kind === "replay" ||
              testCase.clientId.kind === "replay-other-rating");
          let body: Record<string, unknown>;
          let expected: number[];
          if (replaying) {
            const otherRating = (previous.rating % 4) + 1;
            body = {
              flashcardId: previous.flashcardId,
              rating: testCase.clientId.kind === "replay" ? previous.rating : otherRating,
              clientId: previous.clientId,
            };
            expected = testCase.clientId.kind === "replay" ? [200] : [409];
          } else {
            const clientId =
              testCase.clientId.kind === "bad" ? testCase.clientId.id : freshClientId("-r");
            body = {
              flashcardId: testCase.flashcardId.id,
              rating: testCase.rating.rating,
              clientId,
            };
            const wellFormed =
              testCase.flashcardId.ok && testCase.rating.ok && testCase.clientId.kind !== "bad";
            expected = wellFormed
              ? [201]
              : testCase.rating.ok &&
                  testCase.clientId.kind !== "bad" &&
                  typeof body.flashcardId === "string" &&
                  body.flashcardId !== "" &&
                  body.flashcardId.length <= 200 &&
                  !hasUnstorableText(body.flashcardId)
                ? [404]
                : [422];
          }
          body = { ...testCase.extra, ...body };
          let options: SendOptions = { body: JSON.stringify(body) };
          if (testCase.raw) {
            const raw = rawRequest(body, testCase.raw, "rating");
            options = raw.options;
            expected = raw.expected;
          }
          const response = await student.send("POST", "/api/flashcards/reviews", options);
          const what = JSON.stringify(testCase).slice(0, 300);
          const reply = (await expectApiContract(response, what)) as Record<string, unknown>;
          expect(expected, what).toContain(response.status);
          if (response.status === 201) {
            expect(reply.duplicate).toBe(false);
            reviewed.push({
              flashcardId: body.flashcardId as string,
              rating: body.rating as number,
              clientId: body.clientId as string,
              reviewLogId: reply.reviewLogId as string,
            });
          }
          if (response.status === 200) {
            expect(reply).toMatchObject({ duplicate: true, reviewLogId: previous?.reviewLogId });
          }
        },
      ),
      { numRuns: 150, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);

  it("POST /api/flashcards/reviews/undo: never 5xx; 2xx only for one's own rating", async () => {
    const target = "POST /api/flashcards/reviews/undo";
    expect(reviewed.length, "the ratings fuzzing left some to undo").toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          reviewLogId: fc.oneof(
            { weight: 3, arbitrary: fc.nat().map((index) => ({ kind: "own", index }) as const) },
            { weight: 1, arbitrary: fc.constant({ kind: "someone-else's" } as const) },
            {
              weight: 2,
              arbitrary: oddString(100)
                .filter((id) => id !== "" && id.length <= 100)
                .map((id) => ({ kind: "unknown", id }) as const),
            },
            {
              weight: 1,
              arbitrary: fc
                .oneof(notAString, fc.constant(""), fc.string({ minLength: 101, maxLength: 300 }))
                .map((id) => ({ kind: "invalid", id }) as const),
            },
          ),
          extra: fc.dictionary(
            oddString(8).map((key) => `extra${key}`),
            fc.jsonValue({ maxDepth: 1 }),
            { maxKeys: 2 },
          ),
          raw: fc.option(rawMutation, { freq: 6, nil: null }),
        }),
        async (testCase) => {
          count(target);
          const { reviewLogId } = testCase;
          let id: unknown;
          let expected: number[];
          switch (reviewLogId.kind) {
            case "own":
              id = reviewed[reviewLogId.index % reviewed.length]?.reviewLogId;
              // The latest rating of its card (or one undone already) comes back; an older one is a conflict.
              expected = [200, 409];
              break;
            case "someone-else's":
              id = teacherReviewLogId;
              expected = [403];
              break;
            case "unknown":
              id = reviewLogId.id;
              expected = hasUnstorableText(reviewLogId.id) ? [422] : [404];
              break;
            case "invalid":
              id = reviewLogId.id;
              expected = [422];
              break;
          }
          const body = { ...testCase.extra, reviewLogId: id };
          let options: SendOptions = { body: JSON.stringify(body) };
          if (testCase.raw) {
            const raw = rawRequest(body, testCase.raw, "reviewLogId");
            options = raw.options;
            expected = raw.expected;
          }
          const response = await student.send("POST", "/api/flashcards/reviews/undo", options);
          const what = JSON.stringify(testCase).slice(0, 300);
          await expectApiContract(response, what);
          expect(expected, what).toContain(response.status);
        },
      ),
      { numRuns: 80, seed: SEED, endOnFailure: true },
    );
    report(target);
  }, 120_000);

  it("POST the flashcard routes with big bodies: 413, never 5xx", async () => {
    const target = "POST /api/flashcards/* (big payloads)";
    for (const path of ["/api/flashcards/reviews", "/api/flashcards/reviews/undo"]) {
      for (const size of [1 << 20, (1 << 20) + 1]) {
        count(target);
        const response = await student.send("POST", path, {
          body: JSON.stringify({
            flashcardId: bigString(size),
            rating: 3,
            clientId: "fz-big-000001",
            reviewLogId: "x",
          }),
        });
        await expectApiContract(response, `${path} with ${size} characters`);
        expect(response.status).toBe(413);
      }
    }
    report(target);
  }, 60_000);

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
          const wellFormed =
            asTeacher &&
            isExportFormat(format) &&
            (!setId || bank.sets.some((set) => set.id === setId));
          expect(response.status, path.slice(0, 200)).toBe(
            wellFormed ? 200 : asTeacher ? (isExportFormat(format) ? 404 : 400) : 403,
          );
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
    const id = actionId(name);
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

  it("server action retryMissedAction: never 5xx, whatever the bound attempt id", async () => {
    await fuzzAction(
      "retryMissedAction",
      student,
      30,
      fc.record({
        args: fc
          .oneof(
            oddString(120),
            fc.constantFrom(demoAttemptId, attemptA, attemptB, ""),
            fc.integer(),
            fc.constant(null),
          )
          .map((id) => [id, {}, FORM_DATA]),
        fields: extraFields,
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
                [["classId", demoClassId], ["name", name], ...extra] as [string, string][],
            ),
          fc
            .tuple(fieldValue, extraFields)
            .map(
              ([name, extra]) =>
                [["classId", fuzzClassId], ["name", name], ...extra] as [string, string][],
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
              { weight: 3, arbitrary: fc.constant(fuzzClassId) },
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
            feedbackMode: fc.constantFrom("immediate", "after_submit", "", "x"),
            shuffleQuestions: fc.constantFrom("on", "off", ""),
          })
          .map(({ questionIds, ...single }) => [
            ...Object.entries(single),
            ...questionIds.map((id) => ["questionIds", id] as [string, string]),
          ]),
      }),
    );
  }, 120_000);

  it("server actions with a body over 1 MB: never 5xx", async () => {
    const target = "server actions (big payloads)";
    const cases: [string, HttpClient, [string, string][]][] = [
      ["joinClassAction", student, [["joinCode", bigString(1 << 20)]]],
      [
        "renameClassAction",
        teacher,
        [
          ["classId", demoClassId],
          ["name", bigString((1 << 20) + 1000)],
        ],
      ],
      [
        "createAssignmentAction",
        teacher,
        [
          ["classId", fuzzClassId],
          ["title", bigString(3 << 20)],
        ],
      ],
    ];
    for (const [name, client, fields] of cases) {
      count(target);
      const response = await client.callAction(actionId(name), [{}, FORM_DATA], fields);
      await expectActionContract(response, `${name} with a big field`);
    }
    report(target);
  }, 120_000);

  it.fails("known issue: a control character in a form field's name gives an error digest (Next.js's multipart parser)", async () => {
    // Browsers escape only CR, LF and '"' in field names, so a hand-made request can send others;
    // Next.js answers 200 with an error ("Malformed part header") before any action code runs.
    const response = await student.callAction(
      actionId("joinClassAction"),
      [{}, FORM_DATA],
      [
        ["joinCode", "ZZZZZZZ"],
        ["a\u0007b", "x"],
      ],
    );
    await expectActionContract(response, "a BEL in a field name");
  });

  // ─── No partial writes ───────────────────────────────────────────────────────

  it("stored only what the valid requests sent: the attempt's answers and the demo class's name", async () => {
    const teach = await (await teacher.send("GET", "/teach")).text();
    expect(teach).toContain(`href="/teach/classes/${demoClassId}">${DEMO_CLASS_NAME}<`);

    expect(stored.size, "the fuzzing saved some answers").toBeGreaterThan(0);
    const submit = await student.post(`/api/attempts/${attemptA}/submit`, {});
    expect(submit.status).toBe(200);
    const results = (
      await (await student.send("GET", `/attempts/${attemptA}/results`)).text()
    ).replaceAll("<!-- -->", "");
    const unanswered = QUESTIONS.length - stored.size;
    expect(unanswered).toBeGreaterThanOrEqual(QUESTIONS.length - SAVED_QUESTIONS.length);
    expect(results).toContain(`, ${unanswered} not answered.`);

    // A stored answer is found by its clientId; any other clientId sent was never stored.
    const storedIds = new Set([...stored.values()].map((entry) => entry.clientId));
    const question = SAVED_QUESTIONS[0] as Question;
    const probe = (clientId: string) =>
      student.post(`/api/attempts/${attemptA}/responses`, {
        questionId: question.id,
        clientId,
        revision: 1,
        response: { type: "true-false", answer: true },
      });
    for (const [questionId, { clientId }] of stored) {
      const response = await student.post(`/api/attempts/${attemptA}/responses`, {
        questionId,
        clientId,
        revision: 1,
        response: { type: "true-false", answer: true },
      });
      expect(await response.json(), clientId).toMatchObject({ status: "duplicate" });
    }
    const notStored = [...sentClientIds].filter(
      (id) => !storedIds.has(id) && id.length >= 8 && id.length <= 100 && !hasUnstorableText(id),
    );
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
