import { bank } from "@quizdeck/content/bank";
import { expect, it } from "vitest";
import type { Db } from "../src/client/create-prisma-client.ts";
import { NotFoundError } from "../src/errors.ts";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { setStudentRemoved } from "../src/server-only/class/set-student-removed.ts";
import {
  createLibrarySet,
  createSource,
  getSource,
  saveLibraryItem,
  updateLibrarySet,
} from "../src/server-only/library/index.ts";
import {
  getDueQueue,
  getWorkloadForecast,
  reviewCard,
  undoReview,
} from "../src/server-only/memory/index.ts";
import {
  getClassMemories,
  getTopicMastery,
  listReviewHistory,
} from "../src/server-only/progress/index.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const T0 = new Date("2026-05-01T09:00:00Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

const LIGHTHOUSE = `The keeper lit the lamp at dusk every evening.

In 1911 the lamp was replaced by an electric light that needed no keeper.`;

const CARD = {
  front: "What replaced the lamp in 1911?",
  back: "An electric light",
  evidence: [{ paragraphId: "p02", quote: "the lamp was replaced by an electric light" }],
  tags: ["sourcing"],
};

describeEachBackend("a teacher's flashcards in their students' reviews", ({ db }) => {
  /** A teacher's card quoting their own source, in a set assigned (opening at T0) to a class of one student. */
  async function assignedCard(database: Db = db) {
    const teacher = await createTestUser(database, "teacher");
    const source = await createSource(database, {
      teacherId: teacher.id,
      title: "Lighthouse notes",
      format: "text",
      text: LIGHTHOUSE,
    });
    const card = await saveLibraryItem(database, {
      teacherId: teacher.id,
      kind: "flashcard",
      sourceId: source.id,
      item: CARD,
    });
    const set = await createLibrarySet(database, { teacherId: teacher.id, title: "Lighthouse" });
    await updateLibrarySet(database, {
      teacherId: teacher.id,
      setId: set.id,
      title: "Lighthouse",
      structure: {
        sections: [{ title: "Cards only", draw: null, questions: [] }],
        flashcards: [{ kind: "library", id: card.itemId }],
      },
    });
    const klass = await createClass(database, { teacherId: teacher.id, name: "Keepers" });
    const student = await createTestUser(database, "student");
    await joinClass(database, { studentId: student.id, joinCode: klass.joinCode });
    const assignment = await createAssignment(database, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Lighthouse cards",
      librarySetId: set.id,
      opensAt: T0,
    });
    return { teacher, source, card, set, klass, student, assignment };
  }

  it("gives the assigned students the card, first among new cards, and schedules it like a bank card", async () => {
    const { card, student, assignment, source } = await assignedCard();
    // The assignment holds the card by its library item, not by a version.
    expect(assignment.flashcardIds).toEqual([card.itemId]);

    // Not before the assignment opens.
    const early = await getDueQueue(db, { userId: student.id, now: at(-1) });
    expect(early.newCardIds).not.toContain(card.itemId);

    const queue = await getDueQueue(db, { userId: student.id, now: at(0) });
    expect(queue.newCardIds[0]).toBe(card.itemId);
    expect(queue.newCardIds.slice(1)).toEqual(
      bank.flashcards.slice(0, queue.newCardsPerDay - 1).map((entry) => entry.id),
    );
    expect(queue.newCardsWaiting).toBe(bank.flashcards.length + 1);
    expect(queue.assignedCardCount).toBe(1);
    expect(queue.libraryCards).toEqual([
      {
        id: card.itemId,
        card: expect.objectContaining({ id: card.itemId, front: CARD.front, back: CARD.back }),
        version: { id: card.versionId, number: 1 },
        source: { id: source.id, title: "Lighthouse notes" },
      },
    ]);

    const { memory, log } = await reviewCard(db, {
      userId: student.id,
      flashcardId: card.itemId,
      rating: 3,
      clientId: clientId(),
      now: at(0),
    });
    expect(memory).toMatchObject({ itemId: card.itemId, itemKind: "flashcard", reps: 1 });
    expect(log.source).toBe("flashcard");

    // A new card introduced today counts against the day's allowance, as a bank card does.
    const after = await getDueQueue(db, { userId: student.id, now: at(0.001) });
    expect(after.newIntroducedToday).toBe(1);
    expect(after.newCardIds).not.toContain(card.itemId);
    const next = (await getDueQueue(db, { userId: student.id, now: at(0.001) })).next;
    expect(next).toEqual({ nextDueAt: memory.due, flashcardId: card.itemId });
    const later = await getDueQueue(db, { userId: student.id, now: new Date(memory.due) });
    expect(later.due.map((row) => row.itemId)).toContain(card.itemId);

    // Undone like a bank card's rating.
    await undoReview(db, { userId: student.id, reviewLogId: log.id, now: at(0.002) });
    const undone = await getDueQueue(db, { userId: student.id, now: at(0.003) });
    expect(undone.newCardIds[0]).toBe(card.itemId);
  });

  it("counts the card in the learner's forecast, mastery and history", async () => {
    const { teacher, klass, card, student } = await assignedCard();
    const outsider = await createTestUser(db, "student");
    await reviewCard(db, {
      userId: student.id,
      flashcardId: card.itemId,
      rating: 3,
      clientId: clientId(),
      now: at(0),
    });
    const history = await listReviewHistory(db, { userId: student.id });
    expect(history.reviews.map((review) => review.front)).toEqual([CARD.front]);
    const forecast = await getWorkloadForecast(db, { userId: student.id, now: at(0.01) });
    expect(forecast.cards).toBe(1);
    // Mastery counts the card under its tags, as it counts the bank's.
    const sourcing = async (userId: string) =>
      (await getTopicMastery(db, { userId, now: at(0.01) })).tags.find(
        (row) => row.tag === "sourcing",
      );
    const theirs = await sourcing(student.id);
    const bankOnly = await sourcing(outsider.id);
    expect(theirs?.items).toBe((bankOnly?.items ?? 0) + 1);
    expect(theirs?.met).toBe(1);
    expect(bankOnly?.met ?? 0).toBe(0);
    // And the class's memory counts it under its tags for the teacher.
    const classMemories = await getClassMemories(db, {
      teacherId: teacher.id,
      classId: klass.id,
      now: at(0.01),
    });
    expect(classMemories.libraryCards).toEqual([{ itemId: card.itemId, tags: ["sourcing"] }]);
    expect(classMemories.students[0]?.memories.has(card.itemId)).toBe(true);
  });

  it("keeps a student's memory of the card through an edit, and shows them the latest version", async () => {
    const { teacher, card, student, source } = await assignedCard();
    await reviewCard(db, {
      userId: student.id,
      flashcardId: card.itemId,
      rating: 3,
      clientId: clientId(),
      now: at(0),
    });
    const edited = await saveLibraryItem(db, {
      teacherId: teacher.id,
      itemId: card.itemId,
      kind: "flashcard",
      sourceId: source.id,
      item: { ...CARD, back: "An electric light, which needed no keeper" },
      now: at(1),
    });
    // The version students saw stays as it was; the edit is the next one, published as saved.
    expect(edited).toMatchObject({ newVersion: true, number: 2 });
    const versions = await db.libraryItemVersion.findMany({
      where: { itemId: card.itemId },
      orderBy: { number: "asc" },
    });
    expect(versions.map((version) => version.frozenAt !== null)).toEqual([true, true]);

    const memory = await db.itemMemory.findUniqueOrThrow({
      where: { userId_itemId: { userId: student.id, itemId: card.itemId } },
    });
    expect(memory.reps).toBe(1);
    const queue = await getDueQueue(db, { userId: student.id, now: memory.due });
    expect(queue.due.map((row) => row.itemId)).toContain(card.itemId);
    expect(queue.libraryCards[0]?.card.back).toBe("An electric light, which needed no keeper");
    expect(queue.libraryCards[0]?.version).toEqual({ id: edited.versionId, number: 2 });
    const { memory: reviewed } = await reviewCard(db, {
      userId: student.id,
      flashcardId: card.itemId,
      rating: 3,
      clientId: clientId(),
      now: memory.due,
    });
    expect(reviewed.reps).toBe(2);
  });

  it("is not anyone else's to see or review: another teacher, an outsider, a student of another class", async () => {
    const { teacher, card, source } = await assignedCard();
    const otherTeacher = await createTestUser(db, "teacher");
    const outsider = await createTestUser(db, "student");
    const otherClass = await createClass(db, { teacherId: teacher.id, name: "Other keepers" });
    const elsewhere = await createTestUser(db, "student");
    await joinClass(db, { studentId: elsewhere.id, joinCode: otherClass.joinCode });

    for (const user of [teacher, otherTeacher, outsider, elsewhere]) {
      const queue = await getDueQueue(db, { userId: user.id, now: at(0) });
      expect(queue.newCardIds).not.toContain(card.itemId);
      expect(queue.libraryCards).toEqual([]);
      await expect(
        reviewCard(db, {
          userId: user.id,
          flashcardId: card.itemId,
          rating: 3,
          clientId: clientId(),
          now: at(0),
        }),
      ).rejects.toThrow(NotFoundError);
      // Neither by a version's id.
      await expect(
        reviewCard(db, {
          userId: user.id,
          flashcardId: card.versionId,
          rating: 3,
          clientId: clientId(),
          now: at(0),
        }),
      ).rejects.toThrow(NotFoundError);
      if (user !== teacher) {
        await expect(
          getSource(db, { userId: user.id, sourceId: source.id, now: at(0) }),
        ).rejects.toThrow(NotFoundError);
      }
    }
    expect(await db.itemMemory.count({ where: { itemId: card.itemId } })).toBe(0);
  });

  it("lets the assigned student read the source the card quotes, and only while the card is theirs", async () => {
    const { teacher, klass, student, source } = await assignedCard();
    const read = await getSource(db, { userId: student.id, sourceId: source.id, now: at(0) });
    expect(read).toMatchObject({ id: source.id, coverage: null });
    await setStudentRemoved(db, {
      teacherId: teacher.id,
      classId: klass.id,
      studentId: student.id,
      removed: true,
    });
    await expect(
      getSource(db, { userId: student.id, sourceId: source.id, now: at(0) }),
    ).rejects.toThrow(NotFoundError);
  });

  it("takes the card away when the student leaves the class, keeping their history", async () => {
    const { teacher, klass, card, student } = await assignedCard();
    await reviewCard(db, {
      userId: student.id,
      flashcardId: card.itemId,
      rating: 3,
      clientId: clientId(),
      now: at(0),
    });
    await setStudentRemoved(db, {
      teacherId: teacher.id,
      classId: klass.id,
      studentId: student.id,
      removed: true,
    });
    const memory = await db.itemMemory.findUniqueOrThrow({
      where: { userId_itemId: { userId: student.id, itemId: card.itemId } },
    });
    const queue = await getDueQueue(db, { userId: student.id, now: memory.due });
    expect(queue.due.map((row) => row.itemId)).not.toContain(card.itemId);
    expect(queue.libraryCards).toEqual([]);
    expect(
      (await getDueQueue(db, { userId: student.id, now: at(0.01) })).next.flashcardId,
    ).toBeNull();
    await expect(
      reviewCard(db, {
        userId: student.id,
        flashcardId: card.itemId,
        rating: 3,
        clientId: clientId(),
        now: memory.due,
      }),
    ).rejects.toThrow(NotFoundError);
    // The review stays in their history, without the teacher's text.
    const history = await listReviewHistory(db, { userId: student.id });
    expect(history.reviews).toEqual([
      expect.objectContaining({ flashcardId: card.itemId, front: null }),
    ]);
  });

  it("takes the card away when its assignment is deleted", async () => {
    const { card, student, assignment } = await assignedCard();
    await db.assignment.delete({ where: { id: assignment.id } });
    const queue = await getDueQueue(db, { userId: student.id, now: at(0) });
    expect(queue.newCardIds).not.toContain(card.itemId);
    await expect(
      reviewCard(db, {
        userId: student.id,
        flashcardId: card.itemId,
        rating: 3,
        clientId: clientId(),
        now: at(0),
      }),
    ).rejects.toThrow(NotFoundError);
  });

  it("gives a card assigned twice once, and a library question's id is not a card", async () => {
    const { teacher, klass, set, card, student, source } = await assignedCard();
    await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Again",
      librarySetId: set.id,
      opensAt: at(-2),
    });
    const queue = await getDueQueue(db, { userId: student.id, now: at(0) });
    expect(queue.newCardIds.filter((id) => id === card.itemId)).toHaveLength(1);
    expect(queue.assignedCardCount).toBe(1);

    const question = await saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: {
        type: "true-false",
        prompt: "True or false: the lamp was replaced in 1911.",
        explanation: "It was.",
        evidence: [{ paragraphId: "p02", quote: "In 1911 the lamp was replaced" }],
        tags: [],
        difficulty: 1,
        level: "recall",
        answer: true,
      },
    });
    await expect(
      reviewCard(db, {
        userId: student.id,
        flashcardId: question.itemId,
        rating: 3,
        clientId: clientId(),
        now: at(0),
      }),
    ).rejects.toThrow(NotFoundError);
  });
});
