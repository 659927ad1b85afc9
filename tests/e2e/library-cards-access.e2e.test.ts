import { describe, expect, it } from "vitest";
import type { HttpClient } from "./support/http-client.ts";
import {
  assignedLibraryCard,
  CARD,
  callAction,
  classOf,
  person,
  readable,
} from "./support/library-card-fixture.ts";

/**
 * A teacher's flashcard in the students' reviews, black-box over HTTP: the
 * students of the class it is assigned to review it (its source readable from
 * its back); another teacher, a student outside the class and a student of the
 * teacher's other class cannot read its front, back or quote, nor record a
 * review of it, by any page or route; a student removed from the class loses it.
 */

const QUOTE = CARD.evidence[0]?.quote ?? "";

/** What of the card a page or reply shows. */
function cardTextIn(text: string): string[] {
  const plain = readable(text);
  return [CARD.front, CARD.back, QUOTE].filter((words) => plain.includes(words));
}

function review(client: HttpClient, flashcardId: string) {
  return client.post("/api/flashcards/reviews", {
    flashcardId,
    rating: 3,
    clientId: `cards-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  });
}

async function userIdOf(client: HttpClient): Promise<string> {
  const session = (await (await client.get("/api/auth/get-session")).json()) as {
    user: { id: string };
  };
  return session.user.id;
}

describe("a teacher's flashcard, assigned", () => {
  it("reaches the class's student, who reviews it and may read the source it quotes", async () => {
    const { student, cardId, sourceId } = await assignedLibraryCard();
    const page = await (await student.client.get("/flashcards")).text();
    expect(cardTextIn(page)).toEqual([CARD.front, CARD.back, QUOTE]);
    // The card names its teacher's source, for the "see in the source" link on its back.
    expect(readable(page)).toContain(`"source":{"id":"${sourceId}"`);

    const queue = await student.client.get("/api/flashcards/queue");
    expect(queue.status).toBe(200);
    const payload = (await queue.json()) as { cards: { id: string; front: string }[] };
    expect(payload.cards[0]).toMatchObject({ id: cardId, front: CARD.front });

    const saved = await review(student.client, cardId);
    expect(saved.status, await saved.clone().text()).toBe(201);
    expect(((await saved.json()) as { flashcardId: string }).flashcardId).toBe(cardId);
    expect((await student.client.get(`/sources/${sourceId}`)).status).toBe(200);
  });

  it("is nobody else's: another teacher, a student outside the class, a student of another class", async () => {
    const { teacher, cardId, sourceId } = await assignedLibraryCard();
    const otherTeacher = await person("teacher");
    const outsider = await person("student");
    const elsewhere = await person("student");
    const { joinCode } = await classOf(teacher.client, `Other ferry class ${Date.now()}`);
    expect((await callAction(elsewhere.client, "joinClassAction", { joinCode })).ok).toBe(true);

    for (const [who, { client }] of [
      ["another teacher", otherTeacher],
      ["a student outside the class", outsider],
      ["a student of the teacher's other class", elsewhere],
    ] as const) {
      for (const path of [
        "/flashcards",
        "/api/flashcards/queue",
        "/progress",
        `/sources/${sourceId}`,
        `/sources/${sourceId}?p=p02`,
        `/teach/library/items/${cardId}`,
        `/api/library/sources/${sourceId}`,
      ]) {
        const response = await client.get(path);
        const body = await response.text();
        expect(response.status, `${who}: ${path}`).toBeLessThan(500);
        expect(cardTextIn(body), `${who}: ${path}`).toEqual([]);
      }
      expect((await client.get(`/sources/${sourceId}`)).status, `${who}: the source`).toBe(404);
      const attempt = await review(client, cardId);
      const reply = await attempt.text();
      expect(attempt.status, `${who}: a review (${reply.slice(0, 200)})`).toBe(404);
      expect(cardTextIn(reply)).toEqual([]);
    }
    // Its teacher is not its student either: the card is not in their own reviews.
    expect(cardTextIn(await (await teacher.client.get("/flashcards")).text())).toEqual([]);
    expect((await review(teacher.client, cardId)).status).toBe(404);
  });

  it("lends its source's text to the question editor of the source's owner only", async () => {
    const { teacher, student, sourceId } = await assignedLibraryCard();
    const own = await teacher.client.get(`/api/library/sources/${sourceId}`);
    expect(own.status).toBe(200);
    const body = (await own.json()) as { id: string; article: { paragraphs: { text: string }[] } };
    expect(body.id).toBe(sourceId);
    expect(body.article.paragraphs.map((paragraph) => paragraph.text).join(" ")).toContain(QUOTE);
    // The class's student may read it in the reader (the card's back links there), not this.
    expect((await student.client.get(`/sources/${sourceId}`)).status).toBe(200);
    const asStudent = await student.client.get(`/api/library/sources/${sourceId}`);
    expect(asStudent.status).toBe(403);
    expect(cardTextIn(await asStudent.text())).toEqual([]);
    const otherTeacher = await person("teacher");
    const asOther = await otherTeacher.client.get(`/api/library/sources/${sourceId}`);
    expect(asOther.status).toBe(404);
    expect(((await asOther.json()) as { error: { message: string } }).error.message).toBe(
      "That source does not exist.",
    );
  });

  it("leaves a student removed from the class, whose history stays", async () => {
    const { teacher, student, cardId, classId, sourceId } = await assignedLibraryCard();
    expect((await review(student.client, cardId)).status).toBe(201);
    const removed = await callAction(teacher.client, "setStudentRemovedAction", {
      classId,
      studentId: await userIdOf(student.client),
      removed: "true",
    });
    expect(removed.ok, removed.message ?? "").toBe(true);

    expect(cardTextIn(await (await student.client.get("/flashcards")).text())).toEqual([]);
    expect((await review(student.client, cardId)).status).toBe(404);
    expect((await student.client.get(`/sources/${sourceId}`)).status).toBe(404);
    const progress = readable(await (await student.client.get("/progress")).text());
    expect(progress).toContain("This card is no longer available to you.");
    expect(cardTextIn(progress)).toEqual([]);
  });
});
