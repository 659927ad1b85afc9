import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_STUDENT, DEMO_TEACHER } from "./support/browser-test.ts";
import { FORM_DATA, HttpClient } from "./support/http-client.ts";
import { createLibraryFixture, MATRIX_QUESTION } from "./support/library-fixture.ts";
import { serverActionId, serverActionIds } from "./support/server-actions.ts";

type Role = "anonymous" | "classStudent" | "otherStudent" | "owningTeacher" | "otherTeacher";
const ROLES: Role[] = [
  "anonymous",
  "classStudent",
  "otherStudent",
  "owningTeacher",
  "otherTeacher",
];

/** What a role should get: a page or file (200), a redirect to sign in / home / teach, or an error status. */
type Outcome = 200 | "sign-in" | "home" | "teach" | 400 | 401 | 403 | 404 | 409;

interface Ids {
  classId: string;
  /** A class of the owning teacher's that the matrix may change (a new join code). */
  spareClassId: string;
  assignmentId: string;
  studentId: string;
  attemptId: string;
  /** The owning teacher's library: a set, a question, a source and an unsaved import. */
  librarySetId: string;
  libraryItemId: string;
  sourceId: string;
  importId: string;
}

interface Case {
  name: string;
  method: "GET" | "POST";
  path: (ids: Ids) => string;
  body?: unknown;
  expect: Record<Role, Outcome | Outcome[]>;
}

const everyone = (outcome: Outcome): Record<Role, Outcome> =>
  Object.fromEntries(ROLES.map((role) => [role, outcome])) as Record<Role, Outcome>;
const studentPage = {
  anonymous: "sign-in",
  classStudent: 200,
  otherStudent: 200,
  owningTeacher: "teach",
  otherTeacher: "teach",
} as const;
const anyUserPage = {
  anonymous: "sign-in",
  classStudent: 200,
  otherStudent: 200,
  owningTeacher: 200,
  otherTeacher: 200,
} as const;
const teacherPage = {
  anonymous: "sign-in",
  classStudent: "home",
  otherStudent: "home",
  owningTeacher: 200,
  otherTeacher: 200,
} as const;
const ownClassPage = {
  anonymous: "sign-in",
  classStudent: "home",
  otherStudent: "home",
  owningTeacher: 200,
  otherTeacher: 404,
} as const;

const CASES: Case[] = [
  {
    name: "landing",
    method: "GET",
    path: () => "/",
    expect: {
      anonymous: 200,
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "teach",
      otherTeacher: "teach",
    },
  },
  { name: "article", method: "GET", path: () => "/article", expect: everyone(200) },
  {
    name: "sign-up from an invite link",
    method: "GET",
    path: () => "/sign-up?invite=not-a-real-invite-link",
    expect: {
      anonymous: 200,
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "teach",
      otherTeacher: "teach",
    },
  },
  { name: "home", method: "GET", path: () => "/home", expect: studentPage },
  { name: "progress", method: "GET", path: () => "/progress", expect: studentPage },
  { name: "join class", method: "GET", path: () => "/classes/join", expect: studentPage },
  { name: "practice", method: "GET", path: () => "/practice", expect: anyUserPage },
  { name: "flashcards", method: "GET", path: () => "/flashcards", expect: anyUserPage },
  {
    name: "student's assignment page",
    method: "GET",
    path: (ids) => `/assignments/${ids.assignmentId}`,
    expect: {
      anonymous: "sign-in",
      classStudent: 200,
      otherStudent: 404,
      owningTeacher: "teach",
      otherTeacher: "teach",
    },
  },
  {
    name: "attempt results",
    method: "GET",
    path: (ids) => `/attempts/${ids.attemptId}/results`,
    // Someone else's attempt is not found: its existence is not revealed.
    expect: {
      anonymous: "sign-in",
      classStudent: 200,
      otherStudent: 404,
      owningTeacher: 404,
      otherTeacher: 404,
    },
  },
  {
    name: "teacher home",
    method: "GET",
    path: () => "/teach",
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: 200,
      otherTeacher: 200,
    },
  },
  {
    name: "export page",
    method: "GET",
    path: () => "/teach/export",
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: 200,
      otherTeacher: 200,
    },
  },
  {
    name: "class page",
    method: "GET",
    path: (ids) => `/teach/classes/${ids.classId}`,
    expect: ownClassPage,
  },
  {
    name: "gradebook",
    method: "GET",
    path: (ids) => `/teach/classes/${ids.classId}/gradebook`,
    expect: ownClassPage,
  },
  {
    name: "class memory",
    method: "GET",
    path: (ids) => `/teach/classes/${ids.classId}/memory`,
    expect: ownClassPage,
  },
  {
    name: "new assignment",
    method: "GET",
    path: (ids) => `/teach/classes/${ids.classId}/assignments/new`,
    expect: ownClassPage,
  },
  {
    name: "student drill-down",
    method: "GET",
    path: (ids) => `/teach/classes/${ids.classId}/students/${ids.studentId}`,
    expect: ownClassPage,
  },
  {
    name: "assignment analysis",
    method: "GET",
    path: (ids) => `/teach/assignments/${ids.assignmentId}`,
    expect: ownClassPage,
  },
  {
    name: "class page with a malformed id",
    method: "GET",
    path: () => "/teach/classes/%00bad",
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: 404,
      otherTeacher: 404,
    },
  },
  {
    name: "a path that is not valid UTF-8",
    method: "GET",
    path: () => "/teach/classes/%ED%A0%80",
    expect: everyone(400),
  },
  {
    // server.mjs refuses it before Next.js, whatever the method (a POST is tested here with a GET,
    // so the cross-origin walk below, which expects 403 from every POST, stays about origins).
    name: "an API path that is not valid UTF-8",
    method: "GET",
    path: () => "/api/attempts/%ED%A0%80/responses",
    expect: everyone(400),
  },
  { name: "health check", method: "GET", path: () => "/api/health", expect: everyone(200) },
  {
    name: "an API address that names no route",
    method: "GET",
    path: () => "/api/no-such-route",
    expect: everyone(404),
  },
  {
    name: "student's assignment page with a malformed id",
    method: "GET",
    path: () => "/assignments/%00bad",
    expect: {
      anonymous: "sign-in",
      classStudent: 404,
      otherStudent: 404,
      owningTeacher: "teach",
      otherTeacher: "teach",
    },
  },
  {
    name: "gradebook CSV",
    method: "GET",
    path: (ids) => `/teach/classes/${ids.classId}/gradebook/csv`,
    expect: {
      anonymous: 401,
      classStudent: 403,
      otherStudent: 403,
      owningTeacher: 200,
      otherTeacher: 404,
    },
  },
  {
    name: "export download",
    method: "GET",
    path: () => "/api/export?format=gift&set=s-recall-warm-up",
    expect: {
      anonymous: 401,
      classStudent: 403,
      otherStudent: 403,
      owningTeacher: 200,
      otherTeacher: 200,
    },
  },
  { name: "library", method: "GET", path: () => "/teach/library", expect: teacherPage },
  {
    name: "library set",
    method: "GET",
    path: (ids) => `/teach/library/sets/${ids.librarySetId}`,
    expect: ownClassPage,
  },
  {
    name: "library question",
    method: "GET",
    path: (ids) => `/teach/library/items/${ids.libraryItemId}`,
    expect: ownClassPage,
  },
  {
    name: "library import preview",
    method: "GET",
    path: (ids) => `/teach/library/imports/${ids.importId}`,
    expect: ownClassPage,
  },
  {
    name: "teacher's source",
    method: "GET",
    path: (ids) => `/sources/${ids.sourceId}`,
    // Students read a source only from an attempt's released answers; these have none.
    expect: {
      anonymous: "sign-in",
      classStudent: 404,
      otherStudent: 404,
      owningTeacher: 200,
      otherTeacher: 404,
    },
  },
  {
    name: "a source's text for the question editor",
    method: "GET",
    path: (ids) => `/api/library/sources/${ids.sourceId}`,
    expect: {
      anonymous: 401,
      classStudent: 403,
      otherStudent: 403,
      owningTeacher: 200,
      otherTeacher: 404,
    },
  },
  {
    name: "library set export",
    method: "GET",
    path: (ids) => `/api/library/sets/${ids.librarySetId}/export?format=qti3`,
    expect: {
      anonymous: 401,
      classStudent: 403,
      otherStudent: 403,
      owningTeacher: 200,
      otherTeacher: 404,
    },
  },
  {
    name: "save an answer",
    method: "POST",
    path: (ids) => `/api/attempts/${ids.attemptId}/responses`,
    body: {
      questionId: "q-cable-year-and-source",
      clientId: "matrix-0001-abcdef",
      revision: 1,
      response: { type: "single-choice", choiceId: "a" },
      timeSpentMs: 1000,
    },
    // The owner's attempt is already submitted (409), or the question is not in it (404): never stored.
    expect: {
      anonymous: 401,
      classStudent: [404, 409],
      otherStudent: 404,
      owningTeacher: 404,
      otherTeacher: 404,
    },
  },
  {
    name: "submit an attempt",
    method: "POST",
    path: (ids) => `/api/attempts/${ids.attemptId}/submit`,
    body: {},
    expect: {
      anonymous: 401,
      classStudent: 200,
      otherStudent: 404,
      owningTeacher: 404,
      otherTeacher: 404,
    },
  },
  {
    name: "rate a flashcard",
    method: "POST",
    path: () => "/api/flashcards/reviews",
    body: { flashcardId: "c-missing-card", rating: 3, clientId: "matrix-review-000001" },
    expect: {
      anonymous: 401,
      classStudent: 404,
      otherStudent: 404,
      owningTeacher: 404,
      otherTeacher: 404,
    },
  },
];

/**
 * A server action's result: a redirect (to sign in, to home, to /teach, or on
 * to what it made), a refusal (its form shows the message), or done.
 */
type ActionOutcome = "sign-in" | "home" | "teach" | "moved-on" | "refused" | "done";

interface ActionCase {
  action: string;
  /** The action's arguments: the previous form state, then the form. */
  args: (ids: Ids) => unknown[];
  fields: (ids: Ids) => Record<string, string>;
  expect: Record<Role, ActionOutcome>;
}

const OPENS = "2020-01-01T08:00";
const ACTION_CASES: ActionCase[] = [
  {
    action: "createClassAction",
    args: () => [{}, FORM_DATA],
    fields: () => ({ name: "Matrix class" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "moved-on",
      otherTeacher: "moved-on",
    },
  },
  {
    action: "renameClassAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({ classId: ids.classId, name: "Current Affairs 11 (demo)" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "done",
      otherTeacher: "refused",
    },
  },
  {
    action: "archiveClassAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({ classId: ids.classId, archived: "false" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "done",
      otherTeacher: "refused",
    },
  },
  {
    action: "rotateJoinCodeAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({ classId: ids.spareClassId }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "done",
      otherTeacher: "refused",
    },
  },
  {
    // The shared server's teacher sign-up is open: invite links are refused there with the reason.
    action: "createTeacherInviteAction",
    args: () => [{}, FORM_DATA],
    fields: () => ({}),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "refused",
      otherTeacher: "refused",
    },
  },
  {
    action: "revokeTeacherInviteAction",
    args: () => [{}, FORM_DATA],
    fields: () => ({ inviteId: "no-such-invite" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "refused",
      otherTeacher: "refused",
    },
  },
  {
    action: "setStudentRemovedAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({ classId: ids.classId, studentId: ids.studentId, removed: "false" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "done",
      otherTeacher: "refused",
    },
  },
  {
    action: "setAssignmentClosedAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({ assignmentId: ids.assignmentId, closed: "false" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "done",
      otherTeacher: "refused",
    },
  },
  {
    action: "createAssignmentAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({
      classId: ids.classId,
      title: "Matrix check",
      source: "set",
      setId: "s-recall-warm-up",
      opensAt: OPENS,
      // Practice-style feedback: the set stays open to practice (the startPracticeAction case).
      answerRelease: "after_each_answer",
    }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "moved-on",
      otherTeacher: "refused",
    },
  },
  {
    action: "updateAssignmentAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({
      assignmentId: ids.assignmentId,
      title: "Whole-article review",
      opensAt: OPENS,
      answerRelease: "after_each_answer",
      attemptsAllowed: "3",
      // The seeded goal is kept: other tests look for it.
      retentionPercent: "90",
      retentionUntil: "2099-01-01T08:00",
    }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "done",
      otherTeacher: "refused",
    },
  },
  {
    action: "setAccommodationAction",
    args: () => [{}, FORM_DATA],
    // Empty terms: the owning teacher's call changes nothing the other tests rely on.
    fields: (ids) => ({ assignmentId: ids.assignmentId, studentId: ids.studentId }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "done",
      otherTeacher: "refused",
    },
  },
  {
    action: "startAssignmentAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({ assignmentId: ids.assignmentId }),
    expect: {
      anonymous: "sign-in",
      classStudent: "moved-on",
      otherStudent: "refused",
      owningTeacher: "teach",
      otherTeacher: "teach",
    },
  },
  {
    action: "retryMissedAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({ attemptId: ids.attemptId }),
    expect: {
      anonymous: "sign-in",
      classStudent: "moved-on",
      otherStudent: "refused",
      owningTeacher: "refused",
      otherTeacher: "refused",
    },
  },
  {
    action: "startPracticeAction",
    args: () => [{}, FORM_DATA],
    fields: () => ({ setId: "s-recall-warm-up" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "moved-on",
      otherStudent: "moved-on",
      owningTeacher: "moved-on",
      otherTeacher: "moved-on",
    },
  },
  {
    action: "updateLibrarySetAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({
      setId: ids.librarySetId,
      title: "Matrix set",
      structure: JSON.stringify({
        sections: [
          { title: "All", draw: null, questions: [{ kind: "library", id: ids.libraryItemId }] },
        ],
        flashcards: [],
      }),
    }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "done",
      otherTeacher: "refused",
    },
  },
  {
    action: "duplicateLibrarySetAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({ setId: ids.librarySetId }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "moved-on",
      otherTeacher: "refused",
    },
  },
  {
    action: "saveLibraryItemAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({
      itemId: ids.libraryItemId,
      kind: "question",
      sourceId: ids.sourceId,
      item: JSON.stringify(MATRIX_QUESTION),
    }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "done",
      otherTeacher: "refused",
    },
  },
  {
    action: "createAssignmentAction",
    args: () => [{}, FORM_DATA],
    // The owning teacher's set, on the spare class (the demo class keeps its assignments).
    fields: (ids) => ({
      classId: ids.spareClassId,
      title: "Matrix library check",
      source: "library",
      librarySetId: ids.librarySetId,
      opensAt: OPENS,
      answerRelease: "after_each_answer",
    }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "moved-on",
      otherTeacher: "refused",
    },
  },
  {
    action: "saveLibraryImportAction",
    args: () => [{}, FORM_DATA],
    fields: (ids) => ({ importId: ids.importId, makeSet: "on" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "home",
      otherStudent: "home",
      owningTeacher: "moved-on",
      otherTeacher: "refused",
    },
  },
  {
    action: "setTargetRecallAction",
    args: () => [{}, FORM_DATA],
    // 90%: FSRS's default target, so no other test's intervals move.
    fields: () => ({ targetPercent: "90" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "done",
      otherStudent: "done",
      owningTeacher: "teach",
      otherTeacher: "teach",
    },
  },
  {
    action: "joinClassAction",
    args: () => [{}, FORM_DATA],
    fields: () => ({ joinCode: "ZZZZZZZ" }),
    expect: {
      anonymous: "sign-in",
      classStudent: "refused",
      otherStudent: "refused",
      owningTeacher: "teach",
      otherTeacher: "teach",
    },
  },
];

async function actionOutcomeOf(response: Response): Promise<ActionOutcome> {
  const redirect = response.headers.get("x-action-redirect") ?? response.headers.get("location");
  if (redirect) {
    const path = new URL(redirect.split(";")[0] ?? "/", "http://x").pathname;
    if (path === "/sign-in") return "sign-in";
    if (path === "/home") return "home";
    if (path === "/teach") return "teach";
    return "moved-on";
  }
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`action answered ${response.status}: ${text.slice(0, 200)}`);
  return /"message":"/.test(text) && !/"ok":true/.test(text) ? "refused" : "done";
}

function outcomeOf(response: Response): Outcome {
  if (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.get("location") ?? "/", "http://x");
    if (location.pathname === "/sign-in") return "sign-in";
    if (location.pathname === "/home") return "home";
    if (location.pathname === "/teach") return "teach";
    throw new Error(`unexpected redirect to ${location.pathname}`);
  }
  return response.status as Outcome;
}

describe("who may see and do what", () => {
  const clients = {} as Record<Role, HttpClient>;
  const ids = {} as Ids;

  beforeAll(async () => {
    for (const role of ROLES) clients[role] = new HttpClient();
    await clients.classStudent.signIn(DEMO_STUDENT, DEMO_PASSWORD);
    await clients.owningTeacher.signIn(DEMO_TEACHER, DEMO_PASSWORD);
    const stamp = Date.now();
    await clients.otherStudent.signUp(
      "Other Student",
      `other-student-${stamp}@example.test`,
      "Another-Class-Pupil-1",
      "student",
    );
    await clients.otherTeacher.signUp(
      "Other Teacher",
      `other-teacher-${stamp}@example.test`,
      "Another-School-Staff-1",
      "teacher",
    );

    const teach = await (await clients.owningTeacher.get("/teach")).text();
    // The demo class by name: other tests may add classes to the same teacher.
    ids.classId = match(
      teach,
      /href="\/teach\/classes\/([^"/]+)">Current Affairs 11 \(demo\)</,
      "the demo class on /teach",
    );
    const klass = await (await clients.owningTeacher.get(`/teach/classes/${ids.classId}`)).text();
    ids.assignmentId = match(klass, /href="\/teach\/assignments\/([^"/]+)"/, "an assignment link");
    ids.studentId = match(
      klass,
      new RegExp(`href="/teach/classes/${ids.classId}/students/([^"/]+)"`),
      "a roster link",
    );
    const home = await (await clients.classStudent.get("/home")).text();
    ids.attemptId = match(home, /href="\/attempts\/([^"/]+)\/results"/, "a recent result link");
    const spare = await clients.owningTeacher.callAction(
      serverActionId("createClassAction"),
      [{}, FORM_DATA],
      { name: "Matrix spare class" },
    );
    ids.spareClassId = match(
      spare.headers.get("x-action-redirect") ?? "",
      /\/teach\/classes\/([^/;]+)/,
      "the spare class",
    );
    Object.assign(ids, await createLibraryFixture(clients.owningTeacher));
  });

  for (const testCase of CASES) {
    it(`${testCase.method} ${testCase.name}`, async () => {
      const actual: Partial<Record<Role, Outcome>> = {};
      for (const role of ROLES) {
        const response =
          testCase.method === "GET"
            ? await clients[role].get(testCase.path(ids))
            : await clients[role].post(testCase.path(ids), testCase.body);
        actual[role] = outcomeOf(response);
        expect(response.status, `${role}: a 5xx is never right`).toBeLessThan(500);
      }
      for (const role of ROLES) {
        const expected = testCase.expect[role];
        expect(
          Array.isArray(expected) ? expected : [expected],
          `${testCase.name} as ${role}`,
        ).toContain(actual[role]);
      }
    });
  }

  for (const actionCase of ACTION_CASES) {
    it(`server action ${actionCase.action}`, async () => {
      const actionId = serverActionIds().get(actionCase.action);
      if (!actionId)
        throw new Error(`${actionCase.action} is not in the build's server action manifest`);
      const actual: Partial<Record<Role, ActionOutcome>> = {};
      for (const role of ROLES) {
        const response = await clients[role].callAction(
          actionId,
          actionCase.args(ids),
          actionCase.fields(ids),
        );
        expect(response.status, `${role}: a 5xx is never right`).toBeLessThan(500);
        actual[role] = await actionOutcomeOf(response);
      }
      expect(actual).toEqual(actionCase.expect);
    });
  }

  it("refuses a cross-origin call of a server action, even with a valid session", async () => {
    const actionId = serverActionId("joinClassAction");
    const response = await clients.otherStudent.callAction(
      actionId,
      [{}, FORM_DATA],
      { joinCode: "KUCERA7" },
      "https://evil.example",
    );
    expect(response.status).toBe(403);
    const missing = await clients.otherStudent.callAction(
      actionId,
      [{}, FORM_DATA],
      { joinCode: "KUCERA7" },
      "",
    );
    expect(missing.status).toBe(403);
  });

  it("refuses a cross-origin POST to every API route, even with a valid session", async () => {
    for (const testCase of CASES.filter((candidate) => candidate.method === "POST")) {
      const response = await clients.classStudent.post(
        testCase.path(ids),
        testCase.body,
        "https://evil.example",
      );
      expect(response.status, testCase.name).toBe(403);
      const missing = await clients.classStudent.post(testCase.path(ids), testCase.body, null);
      expect(missing.status, `${testCase.name} without Origin`).toBe(403);
    }
  });
});

function match(html: string, pattern: RegExp, what: string): string {
  const found = pattern.exec(html)?.[1];
  if (!found) throw new Error(`could not find ${what}`);
  return found;
}
