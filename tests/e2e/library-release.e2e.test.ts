import { describe, expect, it } from "vitest";
import { readActionReply } from "./support/action-reply.ts";
import { FORM_DATA, type HttpClient } from "./support/http-client.ts";
import { signUpPerson } from "./support/people.ts";
import { serverActionId } from "./support/server-actions.ts";

/**
 * A teacher's own questions under the assignment's answer-release rules,
 * black-box over HTTP: their keys, explanations and source stay away from the
 * student until the release, exactly as the bank's do; and neither another
 * teacher nor a student can reach the questions, the source or the set by
 * the library's actions and routes.
 */

const PASSWORD = "Library-Release-Pass-2026";
const FAR_FUTURE = "2099-06-01T09:00";
const OPENED = "2020-01-01T08:00";

const SOURCE_TEXT = [
  "The lighthouse keeper lit the lamp at dusk every evening.",
  "In 1911 the lamp was replaced by an electric light that needed no keeper.",
].join("\n\n");
/** Words that appear only in the explanations: seeing one means seeing the key. */
const SECRET_WHY = "Electrification in nineteen eleven ended the keeper's nightly duty";
const SINGLE = {
  type: "single-choice",
  prompt: "What replaced the lamp in 1911?",
  choices: [
    { id: "a", text: "A coal fire", correct: false },
    { id: "b", text: "A bigger oil lamp", correct: false },
    { id: "c", text: "An electric light", correct: true },
  ],
  explanation: `${SECRET_WHY}: an electric light.`,
  evidence: [{ paragraphId: "p02", quote: "the lamp was replaced by an electric light" }],
  tags: [],
  difficulty: 1,
  level: "recall",
};
const SELECT_ALL = {
  type: "multiple-choice",
  prompt: "What does the text say about the keeper's lamp? Choose all that apply.",
  choices: [
    { id: "a", text: "It was lit at dusk", correct: true },
    { id: "b", text: "It was replaced in 1911", correct: true },
    { id: "c", text: "It burned whale oil", correct: false },
  ],
  explanation: `${SECRET_WHY}; before it, the lamp was lit at dusk.`,
  evidence: [{ paragraphId: "p01", quote: "lit the lamp at dusk every evening" }],
  tags: [],
  difficulty: 2,
  level: "recall",
};

function person(role: "student" | "teacher"): Promise<HttpClient> {
  return signUpPerson(role, "Library release", PASSWORD);
}

/** A server action's reply, and its whole text (the form's messages, field by field). */
async function call(client: HttpClient, name: string, fields: Record<string, string>) {
  const response = await client.callAction(serverActionId(name), [{}, FORM_DATA], fields);
  const text = readable(await response.clone().text());
  return { ...(await readActionReply(response)), text };
}

function idIn(path: string | null, pattern: RegExp, what: string): string {
  const found = pattern.exec(path ?? "")?.[1];
  if (!found) throw new Error(`${what}: no id in "${path}"`);
  return found;
}

/** A page or reply as readable text: React's text separators out, HTML's and the page data's escapes undone. */
function readable(text: string): string {
  return text
    .replaceAll("<!-- -->", "")
    .replaceAll('\\"', '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
}

/** What in a page or reply gives a key away: an explanation, a correct flag, a correct answer. */
function leaks(text: string): string[] {
  const plain = readable(text);
  return [
    ...(plain.includes(SECRET_WHY) ? ["an explanation"] : []),
    ...(/"correct":true/.test(plain) ? ["a correct flag"] : []),
    ...(/"correctAnswer"|Correct answer/.test(plain) ? ["a correct answer"] : []),
  ];
}

/** A teacher's library with a source, two questions quoting it and a set of both, assigned to a class. */
async function assignedLibrarySet() {
  const teacher = await person("teacher");
  const source = await call(teacher, "createSourceAction", {
    title: `Lighthouse notes ${Date.now()}`,
    format: "text",
    text: SOURCE_TEXT,
  });
  const sourceId = idIn(source.redirectTo, /\/sources\/([^/?;]+)/, "createSourceAction");
  const itemIds: string[] = [];
  for (const item of [SINGLE, SELECT_ALL]) {
    const saved = await call(teacher, "saveLibraryItemAction", {
      kind: "question",
      sourceId,
      item: JSON.stringify(item),
    });
    itemIds.push(idIn(saved.redirectTo, /\/teach\/library\/items\/([^/?;]+)/, "saveLibraryItem"));
  }
  const set = await call(teacher, "createLibrarySetAction", { title: "Lighthouse exam" });
  const setId = idIn(set.redirectTo, /\/teach\/library\/sets\/([^/?;]+)/, "createLibrarySet");
  const structure = {
    sections: [
      {
        title: "All",
        draw: null,
        questions: itemIds.map((id) => ({ kind: "library", id })),
      },
    ],
    flashcards: [],
  };
  const updated = await call(teacher, "updateLibrarySetAction", {
    setId,
    title: "Lighthouse exam",
    structure: JSON.stringify(structure),
  });
  expect(updated.ok, updated.message ?? "").toBe(true);

  const klass = await call(teacher, "createClassAction", { name: `Lighthouse ${Date.now()}` });
  const classId = idIn(klass.redirectTo, /\/teach\/classes\/([^/;?]+)/, "createClassAction");
  const classPage = await (await teacher.get(`/teach/classes/${classId}`)).text();
  const joinCode = /<strong[^>]*>([A-Z0-9]{7})<\/strong>/.exec(classPage)?.[1] ?? "";
  const student = await person("student");
  expect((await call(student, "joinClassAction", { joinCode })).ok).toBe(true);

  // A graded exam: answers and score after a due date far ahead.
  const assigned = await call(teacher, "createAssignmentAction", {
    classId,
    title: "Lighthouse exam",
    source: "library",
    librarySetId: setId,
    opensAt: OPENED,
    dueAt: FAR_FUTURE,
    answerRelease: "after_due",
    scoreRelease: "after_due",
    shuffleOptions: "on",
  });
  const assignmentId = idIn(
    assigned.redirectTo,
    /\/teach\/assignments\/([^/;?]+)/,
    "createAssignmentAction",
  );
  return { teacher, student, sourceId, itemIds, setId, assignmentId, structure };
}

describe("a teacher's own questions, attacked", () => {
  it("keep their key, explanations and source from the student until the release, then show them", async () => {
    const { teacher, student, sourceId, assignmentId } = await assignedLibrarySet();
    const started = await call(student, "startAssignmentAction", { assignmentId });
    const attemptId = idIn(started.redirectTo, /\/attempts\/([^/;?]+)/, "startAssignmentAction");

    const player = await (await student.get(`/attempts/${attemptId}`)).text();
    expect(readable(player)).toContain(SINGLE.prompt);
    expect(leaks(player), "the exam page").toEqual([]);

    // Answer the single-choice question with whatever option the page offers first.
    // The page names questions by references of the attempt, never by the library's version ids.
    expect(player).not.toMatch(/q-[0-9a-f]{8}-[0-9a-f]{4}-7/);
    // The first question is the single-choice one (the set's order, not shuffled).
    const questionId = /"id":"(r[0-9a-f]{16})"/.exec(readable(player))?.[1];
    const shown = [...player.matchAll(/name="q\d+-choice" value="([^"]*)"/g)].map((m) => m[1]);
    expect(shown).toHaveLength(SINGLE.choices.length);
    // Options go by per-attempt references, not the teacher's letters (which say where the key was written).
    expect(shown.filter((value) => /^[a-h]$/.test(value ?? ""))).toEqual([]);
    const saved = await student.post(`/api/attempts/${attemptId}/responses`, {
      questionId: questionId ?? "",
      clientId: `library-release-${Date.now()}`,
      revision: 1,
      response: { type: "single-choice", choiceId: shown[0] },
      timeSpentMs: 1000,
    });
    const reply = await saved.text();
    expect(saved.status, reply.slice(0, 300)).toBe(200);
    expect(leaks(reply), "the answer's reply").toEqual([]);

    expect((await student.post(`/api/attempts/${attemptId}/submit`, {})).status).toBe(200);
    const early = await (await student.get(`/attempts/${attemptId}/results`)).text();
    expect(leaks(early), "the results page before the release").toEqual([]);
    expect(
      (await student.get(`/sources/${sourceId}`)).status,
      "the source before the release",
    ).toBe(404);
    const assignmentPage = await (await student.get(`/assignments/${assignmentId}`)).text();
    expect(leaks(assignmentPage), "the student's assignment page").toEqual([]);

    // The teacher releases the answers after each attempt: now the student may read them.
    const released = await call(teacher, "updateAssignmentAction", {
      assignmentId,
      title: "Lighthouse exam",
      opensAt: OPENED,
      dueAt: FAR_FUTURE,
      answerRelease: "after_each_attempt",
      scoreRelease: "after_each_attempt",
    });
    expect(released.ok, released.message ?? "").toBe(true);
    const late = readable(await (await student.get(`/attempts/${attemptId}/results`)).text());
    expect(late).toContain(SECRET_WHY);
    expect(late).toContain(`/sources/${sourceId}?p=p02`);
    expect((await student.get(`/sources/${sourceId}`)).status, "the source after").toBe(200);

    // Someone outside the class still cannot read the source, the results or the questions.
    const outsider = await person("student");
    expect((await outsider.get(`/sources/${sourceId}`)).status).toBe(404);
    expect((await outsider.get(`/attempts/${attemptId}/results`)).status).toBe(404);
  });

  it("cannot be read, used or changed by another teacher or a student through the library's actions and routes", async () => {
    const { teacher, student, sourceId, itemIds, setId, structure } = await assignedLibrarySet();
    const other = await person("teacher");
    const itemId = itemIds[0] ?? "";

    for (const [who, client] of [
      ["another teacher", other],
      ["a student", student],
    ] as const) {
      for (const path of [
        `/teach/library/items/${itemId}`,
        `/teach/library/sets/${setId}`,
        `/sources/${sourceId}`,
        `/api/library/sets/${setId}/export?format=json`,
        `/api/library/sets/${setId}/export?format=qti3`,
      ]) {
        const response = await client.get(path);
        const body = await response.text();
        expect(response.status, `${who}: ${path}`).not.toBe(200);
        expect(response.status, `${who}: ${path}`).toBeLessThan(500);
        expect(readable(body), `${who}: ${path}`).not.toContain(SINGLE.prompt);
      }
    }

    // Another teacher's own set cannot take the owner's question, nor their own question the owner's source.
    const ownSet = await call(other, "createLibrarySetAction", { title: "Borrowed" });
    const ownSetId = idIn(ownSet.redirectTo, /\/teach\/library\/sets\/([^/?;]+)/, "own set");
    const borrowed = await call(other, "updateLibrarySetAction", {
      setId: ownSetId,
      title: "Borrowed",
      structure: JSON.stringify(structure),
    });
    expect(borrowed.ok).toBe(false);
    expect(borrowed.text).toMatch(/not in your library/);
    const quoted = await call(other, "saveLibraryItemAction", {
      kind: "question",
      sourceId,
      item: JSON.stringify(SINGLE),
    });
    expect(quoted.ok).toBe(false);
    expect(quoted.redirectTo).toBeNull();
    expect(quoted.text).toMatch(/source does not exist/);
    // Nor overwrite the owner's question, nor duplicate or export the owner's set.
    const overwritten = await call(other, "saveLibraryItemAction", {
      itemId,
      kind: "question",
      item: JSON.stringify({ ...SINGLE, evidence: [], grounded: false, prompt: "Taken over?" }),
    });
    expect(overwritten.ok).toBe(false);
    expect((await call(other, "duplicateLibrarySetAction", { setId })).redirectTo).toBeNull();

    // A student cannot write into any library: the teachers' actions send them home.
    for (const [name, fields] of [
      ["createSourceAction", { title: "Mine", format: "text", text: SOURCE_TEXT }],
      ["saveLibraryItemAction", { kind: "question", item: JSON.stringify(SINGLE) }],
      ["createLibrarySetAction", { title: "Mine" }],
      [
        "readImportFileAction",
        { fileName: "a.gift", format: "gift", content: btoa("Two and two make four. {T}") },
      ],
    ] as const) {
      const reply = await call(student, name, fields);
      expect(reply.redirectTo, name).toBe("/home");
    }

    // The owner's question is as it was.
    const page = readable(await (await teacher.get(`/teach/library/items/${itemId}`)).text());
    expect(page).toContain(SINGLE.prompt);
    expect(page).not.toContain("Taken over?");
  });
});
