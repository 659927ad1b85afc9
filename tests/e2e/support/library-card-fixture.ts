import { expect } from "vitest";
import { readActionReply } from "./action-reply.ts";
import { FORM_DATA, HttpClient } from "./http-client.ts";
import { serverActionIds } from "./server-actions.ts";

export const CARD_PASSWORD = "Library-Cards-Pass-2026";

/** The teacher's source: paragraph 2 is what the card quotes. */
export const CARD_SOURCE_TEXT = [
  "The ferry crossed the strait twice a day in summer.",
  "In winter the strait froze and the ferry was hauled onto the shore at Ostrovnoy.",
].join("\n\n");

/** Words found only on the card: seeing one means seeing the teacher's card. */
export const CARD = {
  front: "Where was the ferry kept while the strait was frozen?",
  back: "Hauled onto the shore at Ostrovnoy",
  evidence: [{ paragraphId: "p02", quote: "the ferry was hauled onto the shore at Ostrovnoy" }],
  tags: [],
};

let people = 0;

export interface Person {
  client: HttpClient;
  email: string;
}

export async function person(role: "student" | "teacher"): Promise<Person> {
  people += 1;
  const client = new HttpClient();
  const email = `library-cards-${role}-${Date.now()}-${people}@example.test`;
  await client.signUp(`Cards ${role} ${people}`, email, CARD_PASSWORD, role);
  return { client, email };
}

/** A server action's reply, as its form would show it. */
export async function callAction(client: HttpClient, name: string, fields: Record<string, string>) {
  const id = serverActionIds().get(name);
  if (!id) throw new Error(`The build has no server action ${name}`);
  return readActionReply(await client.callAction(id, [{}, FORM_DATA], fields));
}

function idIn(path: string | null, pattern: RegExp, what: string): string {
  const found = pattern.exec(path ?? "")?.[1];
  if (!found) throw new Error(`${what}: no id in "${path}"`);
  return found;
}

/** A page or reply as readable text: React's text separators out, HTML's escapes undone. */
export function readable(text: string): string {
  return text
    .replaceAll("<!-- -->", "")
    .replaceAll('\\"', '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
}

/** Makes a class (by the teacher's action) and returns its id and join code. */
export async function classOf(teacher: HttpClient, name: string) {
  const klass = await callAction(teacher, "createClassAction", { name });
  const classId = idIn(klass.redirectTo, /\/teach\/classes\/([^/;?]+)/, "createClassAction");
  const page = await (await teacher.get(`/teach/classes/${classId}`)).text();
  const joinCode = /<strong[^>]*>([A-Z0-9]{7})<\/strong>/.exec(page)?.[1] ?? "";
  expect(joinCode).toMatch(/^[A-Z0-9]{7}$/);
  return { classId, joinCode };
}

/**
 * Through the app's own actions: a teacher's source, a flashcard quoting it, a
 * set holding the card, a class with one student, and the set assigned to the
 * class (open since 2020, no due date).
 */
export async function assignedLibraryCard() {
  const teacher = await person("teacher");
  const source = await callAction(teacher.client, "createSourceAction", {
    title: `Ferry notes ${Date.now()}`,
    format: "text",
    text: CARD_SOURCE_TEXT,
  });
  const sourceId = idIn(source.redirectTo, /\/sources\/([^/?;]+)/, "createSourceAction");
  const saved = await callAction(teacher.client, "saveLibraryItemAction", {
    kind: "flashcard",
    sourceId,
    item: JSON.stringify(CARD),
  });
  const cardId = idIn(saved.redirectTo, /\/teach\/library\/items\/([^/?;]+)/, "saveLibraryItem");
  const set = await callAction(teacher.client, "createLibrarySetAction", { title: "Ferry cards" });
  const setId = idIn(set.redirectTo, /\/teach\/library\/sets\/([^/?;]+)/, "createLibrarySet");
  const updated = await callAction(teacher.client, "updateLibrarySetAction", {
    setId,
    title: "Ferry cards",
    structure: JSON.stringify({
      sections: [{ title: "Cards", draw: null, questions: [] }],
      flashcards: [{ kind: "library", id: cardId }],
    }),
  });
  expect(updated.ok, updated.message ?? "").toBe(true);

  const { classId, joinCode } = await classOf(teacher.client, `Ferry class ${Date.now()}`);
  const student = await person("student");
  expect((await callAction(student.client, "joinClassAction", { joinCode })).ok).toBe(true);
  const assigned = await callAction(teacher.client, "createAssignmentAction", {
    classId,
    title: "Ferry cards",
    source: "library",
    librarySetId: setId,
    opensAt: "2020-01-01T08:00",
  });
  const assignmentId = idIn(
    assigned.redirectTo,
    /\/teach\/assignments\/([^/;?]+)/,
    "createAssignmentAction",
  );
  return { teacher, student, sourceId, cardId, setId, classId, assignmentId };
}
