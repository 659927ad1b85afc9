import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import { describe, expect, it } from "vitest";
import { readActionReply } from "./support/action-reply.ts";
import { FORM_DATA, HttpClient } from "./support/http-client.ts";
import { signUpPerson } from "./support/people.ts";
import { serverActionId } from "./support/server-actions.ts";

/**
 * A hostile review of the answer-key and access rules (issue #11), black-box
 * over HTTP: a test-wise student and an outsider try the doors the release
 * rule does not watch. Each test fails while its hole is open.
 */

const PASSWORD = "Review-Attack-Pass-2026";
const FAR_FUTURE = "2099-06-01T09:00";
const OPENED = "2020-01-01T08:00";

function person(role: "student" | "teacher"): Promise<HttpClient> {
  return signUpPerson(role, "Review", PASSWORD);
}

function redirectPath(response: Response, pattern: RegExp, what: string): string {
  const location = response.headers.get("x-action-redirect") ?? "";
  const found = pattern.exec(location)?.[1];
  if (!found) throw new Error(`${what}: no redirect matching ${pattern} (got "${location}")`);
  return found;
}

/** A class of the teacher's own, and its join code. */
async function newClass(teacher: HttpClient): Promise<{ classId: string; joinCode: string }> {
  const made = await teacher.callAction(serverActionId("createClassAction"), [{}, FORM_DATA], {
    name: `Review class ${Date.now()}`,
  });
  const classId = redirectPath(made, /\/teach\/classes\/([^/;?]+)/, "createClassAction");
  const page = await (await teacher.get(`/teach/classes/${classId}`)).text();
  const joinCode = /<strong[^>]*>([A-Z0-9]{7})<\/strong>/.exec(page)?.[1];
  if (!joinCode) throw new Error("No join code on the class page");
  return { classId, joinCode };
}

async function join(student: HttpClient, joinCode: string) {
  return readActionReply(
    await student.callAction(serverActionId("joinClassAction"), [{}, FORM_DATA], { joinCode }),
  );
}

/** An assignment of the given questions; answers after a due date far ahead unless told otherwise. */
async function assign(
  teacher: HttpClient,
  classId: string,
  items: { setId: string } | { questionIds: string[] },
  settings: Record<string, string> = {},
): Promise<string> {
  const fields: [string, string][] = [
    ["classId", classId],
    ["title", `Review exam ${Date.now()}`],
    ["opensAt", OPENED],
    ["dueAt", FAR_FUTURE],
    ["answerRelease", "after_due"],
    ["scoreRelease", "after_due"],
    ...("setId" in items
      ? [["source", "set"] as [string, string], ["setId", items.setId] as [string, string]]
      : [
          ["source", "custom"] as [string, string],
          ...items.questionIds.map((id) => ["questionIds", id] as [string, string]),
        ]),
  ];
  for (const [name, value] of Object.entries(settings)) {
    const index = fields.findIndex(([field]) => field === name);
    if (index >= 0) fields[index] = [name, value];
    else fields.push([name, value]);
  }
  const made = await teacher.callAction(
    serverActionId("createAssignmentAction"),
    [{}, FORM_DATA],
    fields,
  );
  return redirectPath(made, /\/teach\/assignments\/([^/;?]+)/, "createAssignmentAction");
}

async function startAssignment(student: HttpClient, assignmentId: string): Promise<string> {
  const started = await student.callAction(
    serverActionId("startAssignmentAction"),
    [{}, FORM_DATA],
    {
      assignmentId,
    },
  );
  return redirectPath(started, /\/attempts\/([^/;?]+)/, "startAssignmentAction");
}

async function startPractice(student: HttpClient, fields: [string, string][]) {
  return student.callAction(serverActionId("startPracticeAction"), [{}, FORM_DATA], fields);
}

let clientIds = 0;
/** Saves one answer, naming the question by its bank id (the API takes it as well as a reference). */
async function answer(
  student: HttpClient,
  attemptId: string,
  questionId: string,
  response: unknown,
) {
  clientIds += 1;
  return student.post(`/api/attempts/${attemptId}/responses`, {
    questionId,
    clientId: `review-${Date.now()}-${clientIds}`,
    revision: 1,
    response,
  });
}

function question(id: string): Question {
  const found = bank.questions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`${id} is not in the bank`);
  return found;
}

/** The key of a true/false question, and the wrong answer. */
function trueFalse(id: string, right: boolean) {
  const item = question(id);
  if (item.type !== "true-false") throw new Error(`${id} is not true/false`);
  return { type: "true-false", answer: right ? item.answer : !item.answer };
}

/** Some well-formed answer to a question (right or wrong, it does not matter). */
function anyAnswer(item: Question): unknown {
  switch (item.type) {
    case "single-choice":
      return { type: item.type, choiceId: item.choices[0]?.id };
    case "multiple-choice":
      return { type: item.type, choiceIds: [item.choices[0]?.id] };
    case "true-false":
      return { type: item.type, answer: true };
    case "cloze":
      return { type: item.type, blanks: item.accept.map(() => "x") };
    case "matching":
      return {
        type: item.type,
        matches: item.pairs.map((pair) => ({ left: pair.left, right: pair.right })),
      };
    case "ordering":
      return { type: item.type, order: [...item.items] };
  }
}

/** A page or reply as readable text: React's text separators out, HTML's escapes undone. */
function readable(text: string): string {
  return text
    .replaceAll("<!-- -->", "")
    .replaceAll("&#x27;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/** Does this text carry the key of the question (its explanation, or a feedback's correct answer)? */
function carriesKey(text: string, id: string): boolean {
  const plain = readable(text);
  return (
    plain.includes(question(id).explanation.slice(0, 40)) ||
    /"correctAnswer"|Correct answer/.test(plain)
  );
}

const SET_ID = "s-outlook";
const SET = bank.sets.find((set) => set.id === SET_ID);
if (!SET) throw new Error(`${SET_ID} is not in the bank`);
const SET_QUESTIONS = SET.questionIds;
/** A true/false question of the set, for answers that are plainly right or wrong. */
const TF_QUESTION = SET_QUESTIONS.find((id) => question(id).type === "true-false") ?? "";

describe("answer keys, attacked by a test-wise student", () => {
  it("a practice quiz opened before the exam was assigned does not check answers to the exam's questions", async () => {
    const teacher = await person("teacher");
    const student = await person("student");
    const { classId, joinCode } = await newClass(teacher);
    expect((await join(student, joinCode)).ok).toBe(true);

    // Opened ahead, left unanswered: the set is not on any assignment yet.
    const practice = await startPractice(student, [
      ["setId", SET_ID],
      ["feedbackMode", "immediate"],
    ]);
    const practiceId = redirectPath(practice, /\/attempts\/([^/;?]+)/, "startPracticeAction");

    // Now the teacher sets it as a graded exam, answers after a due date far ahead.
    await assign(teacher, classId, { setId: SET_ID });

    // A fresh practice of the set is refused, as it should be...
    const fresh = await readActionReply(
      await startPractice(student, [
        ["setId", SET_ID],
        ["feedbackMode", "immediate"],
      ]),
    );
    expect(fresh.redirectTo).toBeNull();

    // ...but the practice opened before still checks answers, key and all.
    const saved = await answer(student, practiceId, TF_QUESTION, trueFalse(TF_QUESTION, false));
    const body = await saved.text();
    expect(carriesKey(body, TF_QUESTION), `reply ${saved.status}: ${body.slice(0, 300)}`).toBe(
      false,
    );
  });

  it("a practice quiz with feedback on submission, opened before the exam was assigned, does not show the exam's key when submitted", async () => {
    const teacher = await person("teacher");
    const student = await person("student");
    const { classId, joinCode } = await newClass(teacher);
    expect((await join(student, joinCode)).ok).toBe(true);
    const practice = await startPractice(student, [
      ["setId", SET_ID],
      ["feedbackMode", "after_submit"],
    ]);
    const practiceId = redirectPath(practice, /\/attempts\/([^/;?]+)/, "startPracticeAction");
    await assign(teacher, classId, { setId: SET_ID });

    const submitted = await student.post(`/api/attempts/${practiceId}/submit`, {});
    expect(submitted.status).toBe(200);
    const results = await (await student.get(`/attempts/${practiceId}/results`)).text();
    expect(carriesKey(results, TF_QUESTION)).toBe(false);
  });

  it("a student removed from the class cannot practise the exam whose key is not out", async () => {
    const teacher = await person("teacher");
    const student = await person("student");
    const { classId, joinCode } = await newClass(teacher);
    expect((await join(student, joinCode)).ok).toBe(true);
    await assign(teacher, classId, { setId: SET_ID });

    // While in the class, the set is withheld from practice.
    const before = await readActionReply(await startPractice(student, [["setId", SET_ID]]));
    expect(before.redirectTo).toBeNull();
    expect(before.message).toMatch(/answers are not out yet/);

    // Removed (and so maybe added back later), the exam's key is still not out for anyone.
    const studentId = await studentIdOf(teacher, classId);
    const removed = await readActionReply(
      await teacher.callAction(serverActionId("setStudentRemovedAction"), [{}, FORM_DATA], {
        classId,
        studentId,
        removed: "true",
      }),
    );
    expect(removed.ok).toBe(true);
    const after = await readActionReply(await startPractice(student, [["setId", SET_ID]]));
    expect(after.redirectTo, "a practice of the unreleased exam's set").toBeNull();
  });

  it("the progress page does not tell a right exam answer from a wrong one before the release", async () => {
    const teacher = await person("teacher");
    const { classId, joinCode } = await newClass(teacher);
    // One true/false question, answers and score after a due date far ahead.
    const assignmentId = await assign(teacher, classId, { questionIds: [TF_QUESTION] });

    const progressOf = async (right: boolean) => {
      const student = await person("student");
      expect((await join(student, joinCode)).ok).toBe(true);
      // Some earlier activity of the same kind for both, so the page has something to draw.
      const card = bank.flashcards[0]?.id ?? "";
      const reviewed = await student.post("/api/flashcards/reviews", {
        flashcardId: card,
        rating: 3,
        clientId: `review-card-${Date.now()}-${right}`,
      });
      expect(reviewed.status).toBe(201);
      const attemptId = await startAssignment(student, assignmentId);
      expect(
        (await answer(student, attemptId, TF_QUESTION, trueFalse(TF_QUESTION, right))).status,
      ).toBe(200);
      expect((await student.post(`/api/attempts/${attemptId}/submit`, {})).status).toBe(200);
      return masteryAndForecast(await (await student.get("/progress")).text());
    };
    const afterRight = await progressOf(true);
    const afterWrong = await progressOf(false);
    expect(afterRight.length).toBeGreaterThan(0);
    expect(afterWrong).toEqual(afterRight);
  });

  it("after the first of two attempts at a drawn exam, practice does not open the pool's questions the student was not asked", async () => {
    const teacher = await person("teacher");
    const student = await person("student");
    const { classId, joinCode } = await newClass(teacher);
    expect((await join(student, joinCode)).ok).toBe(true);
    const examSet = bank.sets.find((set) => set.draw);
    if (!examSet) throw new Error("The bank has no drawn exam set");
    const assignmentId = await assign(
      teacher,
      classId,
      { setId: examSet.id },
      { answerRelease: "after_each_attempt", attemptsAllowed: "2" },
    );
    const first = await startAssignment(student, assignmentId);
    const player = readable(await (await student.get(`/attempts/${first}`)).text());
    const asked = Number(/Question 1 of (\d+)/.exec(player)?.[1]);
    expect((await student.post(`/api/attempts/${first}/submit`, {})).status).toBe(200);

    // The first attempt's own key is out (that is the setting); find a pool question it did not ask.
    const results = readable(await (await student.get(`/attempts/${first}/results`)).text());
    const pool = examSet.questionIds.map(question);
    // The whole explanation: some begin with a quote that other questions' evidence also shows.
    const shown = (item: Question) => results.includes(item.explanation);
    expect(pool.filter(shown).length, "the results page names what attempt 1 asked").toBe(asked);
    const unasked = pool.find((item) => !shown(item));
    if (!unasked) throw new Error("The draw asked every question of the pool");

    // A practice narrowed to questions like it, so the draw cannot miss it.
    const practice = await readActionReply(
      await startPractice(student, [
        ["type", unasked.type],
        ["difficulty", String(unasked.difficulty)],
        ["level", unasked.level],
        ["paragraph", unasked.evidence[0]?.paragraphId ?? ""],
        ["count", "20"],
      ]),
    );
    const practiceId = /\/attempts\/([^/;?]+)/.exec(practice.redirectTo ?? "")?.[1];
    if (!practiceId) return; // refused: nothing like it is open to practise
    const checked = await answer(student, practiceId, unasked.id, anyAnswer(unasked));
    const body = await checked.text();
    expect(
      carriesKey(body, unasked.id),
      `${unasked.id} (maybe in attempt 2) checked: ${body.slice(0, 200)}`,
    ).toBe(false);
  });

  it("a student who can still hand in late work is not shown the key first", async () => {
    const teacher = await person("teacher");
    const student = await person("student");
    const { classId, joinCode } = await newClass(teacher);
    expect((await join(student, joinCode)).ok).toBe(true);
    // Answers after the due date, which has passed; late work accepted (marked late).
    const assignmentId = await assign(
      teacher,
      classId,
      { setId: SET_ID },
      { dueAt: "2021-01-01T08:00", allowLate: "on" },
    );
    const practice = await readActionReply(
      await startPractice(student, [
        ["setId", SET_ID],
        ["feedbackMode", "immediate"],
      ]),
    );
    const practiceId = /\/attempts\/([^/;?]+)/.exec(practice.redirectTo ?? "")?.[1];
    const keyShown = practiceId
      ? carriesKey(
          await (
            await answer(student, practiceId, TF_QUESTION, trueFalse(TF_QUESTION, false))
          ).text(),
          TF_QUESTION,
        )
      : false;
    const late = await student.callAction(
      serverActionId("startAssignmentAction"),
      [{}, FORM_DATA],
      {
        assignmentId,
      },
    );
    const graded = /\/attempts\//.test(late.headers.get("x-action-redirect") ?? "");
    expect(
      { keyShown, gradedAttemptAfter: graded },
      "the key from practice, then a graded (late) attempt",
    ).not.toEqual({ keyShown: true, gradedAttemptAfter: true });
  });

  it("the exam page does not name an option by the bank's letter, which gives select-all keys away", async () => {
    // In the bank, "a" is a right option of 7 of the 8 select-all questions.
    const selectAll = bank.questions.filter((item) => item.type === "multiple-choice");
    const aRight = selectAll.filter((item) =>
      item.choices.some((choice) => choice.id === "a" && choice.correct),
    );
    expect(aRight.length / selectAll.length).toBeGreaterThan(0.75);

    const teacher = await person("teacher");
    const student = await person("student");
    const { classId, joinCode } = await newClass(teacher);
    expect((await join(student, joinCode)).ok).toBe(true);
    const target = aRight[0] ?? selectAll[0];
    if (target?.type !== "multiple-choice") throw new Error("No select-all question");
    const assignmentId = await assign(
      teacher,
      classId,
      { questionIds: [target.id] },
      { shuffleOptions: "on" },
    );
    const attemptId = await startAssignment(student, assignmentId);
    const page = await (await student.get(`/attempts/${attemptId}`)).text();
    const shownValues = [...page.matchAll(/name="q\d+-choice" value="([^"]*)"/g)].map(
      (found) => found[1],
    );
    expect(shownValues.length).toBe(target.choices.length);
    const bankLetters = target.choices.map((choice) => choice.id);
    expect(shownValues.filter((value) => bankLetters.includes(value ?? ""))).toEqual([]);
  });
});

describe("rate limits, walked around", () => {
  it("a student cannot reset the join-code backoff by entering their own class's code between guesses", async () => {
    const teacher = await person("teacher");
    const { joinCode } = await newClass(teacher);
    // Codes with 0 and 1, which no class code holds: every one is wrong.
    const wrongCode = (n: number) => `0${String(n).padStart(6, "1")}`;
    const refused = (reply: { message: string | null }) =>
      reply.message?.startsWith("Too many wrong join codes") ?? false;

    // Without the trick, the sixth wrong code in a row is refused.
    const plain = await person("student");
    const plainReplies = [];
    for (let guess = 0; guess < 6; guess++) plainReplies.push(await join(plain, wrongCode(guess)));
    expect(plainReplies.filter(refused).length).toBeGreaterThan(0);

    // With it: every fourth wrong guess, the code the student already has "succeeds".
    const student = await person("student");
    expect((await join(student, joinCode)).ok).toBe(true);
    const replies = [];
    for (let guess = 0; guess < 20; guess++) {
      replies.push(await join(student, wrongCode(guess)));
      if (guess % 4 === 3) expect((await join(student, joinCode)).message).toMatch(/already in/);
    }
    expect(replies.filter(refused).length, "20 wrong codes, none slowed").toBeGreaterThan(0);
  });

  it("a sign-in sent as a form is held to the account's backoff like a JSON one", async () => {
    const email = `review-victim-${Date.now()}@example.test`;
    await new HttpClient().signUp("Review Victim", email, PASSWORD, "student");
    // Better Auth also takes application/x-www-form-urlencoded: the right password signs in that way.
    const asForm = (password: string) => ({
      body: new URLSearchParams({ email, password }).toString(),
      contentType: "application/x-www-form-urlencoded",
    });
    const owner = await new HttpClient().send("POST", "/api/auth/sign-in/email", asForm(PASSWORD));
    expect(owner.status, "the owner signs in with a form body").toBe(200);

    const attacker = new HttpClient();
    const statuses: number[] = [];
    for (let guess = 0; guess < 8; guess++) {
      const tried = await attacker.send(
        "POST",
        "/api/auth/sign-in/email",
        asForm(`Guess-${guess}-x`),
      );
      statuses.push(tried.status);
    }
    // JSON tries get 429 from the sixth failure on (account-security.e2e.test.ts).
    expect(statuses, "eight wrong passwords in a row").toContain(429);
  });

  it("a sign-in body of another type, or too big to be one, is refused before it is read", async () => {
    const client = new HttpClient();
    const plain = await client.send("POST", "/api/auth/sign-in/email", {
      body: "email=x@example.test",
      contentType: "text/plain",
    });
    expect(plain.status).toBe(415);
    const huge = await client.send("POST", "/api/auth/sign-in/email", {
      body: JSON.stringify({ email: "x@example.test", password: "p".repeat(70_000) }),
      contentType: "application/json",
    });
    expect(huge.status).toBe(413);
    // Chunked: no Content-Length to refuse by, so the read itself stops at the limit.
    const chunkedHuge = await client.send("POST", "/api/auth/sign-in/email", {
      body: JSON.stringify({ email: "x@example.test", password: "p".repeat(70_000) }),
      contentType: "application/json",
      stream: true,
    });
    expect(chunkedHuge.status).toBe(413);
    const signUp = await client.send("POST", "/api/auth/sign-up/email", {
      body: JSON.stringify({ email: "y@example.test", name: "n".repeat(70_000) }),
      contentType: "application/json",
      stream: true,
    });
    expect(signUp.status).toBe(413);
  });
});

/** The roster's one student. */
async function studentIdOf(teacher: HttpClient, classId: string): Promise<string> {
  const page = await (await teacher.get(`/teach/classes/${classId}`)).text();
  const found = new RegExp(`href="/teach/classes/${classId}/students/([^"/]+)"`).exec(page)?.[1];
  if (!found) throw new Error("No student on the roster");
  return found;
}

/** The text of the progress page's mastery and due-forecast sections. */
function masteryAndForecast(html: string): string {
  const start = html.indexOf('aria-labelledby="mastery-heading"');
  const end = html.indexOf('aria-labelledby="answer-history-heading"');
  if (start < 0 || end < start) return "";
  return html
    .slice(start, end)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
