import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import fc from "fast-check";
import { beforeAll, expect } from "vitest";
import { DEMO_PASSWORD, DEMO_STUDENT, DEMO_TEACHER } from "./browser-test.ts";
import { notAString, oddString, wellFormed, withInvalidUtf8 } from "./fuzz-support.ts";
import { FORM_DATA, HttpClient, type SendOptions } from "./http-client.ts";
import { serverActionIds } from "./server-actions.ts";

/**
 * What the fuzz tests share: the seed, the bank items they aim at, the
 * generators of valid answers and raw faults, and one signed-in session per
 * test file (a fresh student with two practice attempts, the demo teacher and
 * student, a class made for fuzzing, a rating of the teacher's to undo).
 */
export const SEED = 20_260_601;
export const DEMO_CLASS_NAME = "Current Affairs 11 (demo)";
export const SET_ID = "s-recall-warm-up";

const FOUND_SET = bank.sets.find((set) => set.id === SET_ID);
if (!FOUND_SET) throw new Error(`${SET_ID} is not in the bank`);
export const SET = FOUND_SET;
export const QUESTIONS = SET.questionIds.map((id) => {
  const question = bank.questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`${id} is not in the bank`);
  return question;
});
/** Valid saves go to these only: the rest of the attempt must stay unanswered. */
export const SAVED_QUESTIONS = QUESTIONS.slice(0, 10);
export const FOREIGN_QUESTION = bank.questions.find(
  (question) => !SET.questionIds.includes(question.id),
);
export const FLASHCARD_IDS = bank.flashcards.slice(0, 6).map((card) => card.id);

export const casesRun: Record<string, number> = {};
export function count(target: string) {
  casesRun[target] = (casesRun[target] ?? 0) + 1;
}
export function report(target: string) {
  console.log(`fuzz: ${casesRun[target] ?? 0} cases against ${target}`);
}

/** A path segment from any string (lone surrogates made well-formed, dot segments avoided). */
export function segment(value: string): string {
  return `x${encodeURIComponent(wellFormed(value))}`;
}

let clientIdCounter = 0;
/** A clientId no request has used: a counter, then the suffix (valid only if the suffix keeps to the field rule). */
export function freshClientId(suffix: string): string {
  return `fz${String(++clientIdCounter).padStart(6, "0")}${suffix}`.slice(0, 100);
}

export function validResponse(question: Question): fc.Arbitrary<Record<string, unknown>> {
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
export type RawMutation =
  | { kind: "not-an-object"; value: unknown }
  | { kind: "content-type"; contentType: string | null }
  | { kind: "truncated"; at: number }
  | { kind: "invalid-utf8-outside-strings" }
  | { kind: "text-number"; literal: string };

export const rawMutation: fc.Arbitrary<RawMutation> = fc.oneof(
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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The request for a raw mutation of `body`; `numberField` is where a bad number literal goes. */
export function rawRequest(
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

/** Our clientIds: 8–100 letters, digits, '-' and '_' (the field rule in @quizdeck/db/fields). */
export function isValidClientId(id: unknown): boolean {
  return typeof id === "string" && /^[A-Za-z0-9_-]{8,100}$/.test(id);
}

export interface FuzzSession {
  student: HttpClient;
  teacher: HttpClient;
  demoStudent: HttpClient;
  actionId(name: string): string;
  demoClassId: string;
  fuzzClassId: string;
  /** The fresh student's attempts: answers are fuzzed into A, submissions into B. */
  attemptA: string;
  attemptB: string;
  /** Another user's objects. */
  demoAttemptId: string;
  teacherReviewLogId: string;
}

/** Registers the file's setup and returns its session, filled in once the setup has run. */
export function useFuzzSession(): FuzzSession {
  const actions = new Map<string, string>();
  const session: FuzzSession = {
    student: new HttpClient(),
    teacher: new HttpClient(),
    demoStudent: new HttpClient(),
    actionId(name) {
      const id = actions.get(name);
      if (!id) throw new Error(`${name} is not in the build's server action manifest`);
      return id;
    },
    demoClassId: "",
    fuzzClassId: "",
    attemptA: "",
    attemptB: "",
    demoAttemptId: "",
    teacherReviewLogId: "",
  };

  async function startPractice(client: HttpClient, feedbackMode: string): Promise<string> {
    const response = await client.callAction(
      session.actionId("startPracticeAction"),
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

  beforeAll(async () => {
    for (const [name, id] of serverActionIds()) actions.set(name, id);
    const stamp = Date.now();
    await session.student.signUp(
      "Fuzz Student",
      `fuzz-student-${stamp}@example.test`,
      "Fuzzing-Pupil-77",
      "student",
    );
    await session.teacher.signIn(DEMO_TEACHER, DEMO_PASSWORD);
    await session.demoStudent.signIn(DEMO_STUDENT, DEMO_PASSWORD);

    const teach = await (await session.teacher.send("GET", "/teach")).text();
    session.demoClassId =
      /href="\/teach\/classes\/([^"/]+)">Current Affairs 11 \(demo\)</.exec(teach)?.[1] ?? "";
    const home = await (await session.demoStudent.send("GET", "/home")).text();
    session.demoAttemptId = /href="\/attempts\/([^"/]+)\/results"/.exec(home)?.[1] ?? "";
    expect(session.demoClassId, "the demo class on /teach").not.toBe("");
    expect(session.demoAttemptId, "the demo student's result link").not.toBe("");

    session.attemptA = await startPractice(session.student, "after_submit");
    session.attemptB = await startPractice(session.student, "after_submit");

    const created = await session.teacher.callAction(
      session.actionId("createClassAction"),
      [{}, FORM_DATA],
      [["name", "Fuzz class"]],
    );
    const location = created.headers.get("x-action-redirect") ?? created.headers.get("location");
    session.fuzzClassId = /\/teach\/classes\/([^/;?]+)/.exec(location ?? "")?.[1] ?? "";
    expect(session.fuzzClassId, "the class made for fuzzing").not.toBe("");

    const review = await session.teacher.post("/api/flashcards/reviews", {
      flashcardId: FLASHCARD_IDS[0],
      rating: 3,
      clientId: `fz-teacher-${stamp}`,
    });
    expect(review.status).toBe(201);
    session.teacherReviewLogId = ((await review.json()) as { reviewLogId: string }).reviewLogId;
  });
  return session;
}
