import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import { expect, it } from "vitest";
import type { Db } from "../src/client/create-prisma-client.ts";
import { InvalidInputError } from "../src/errors.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { submitAttempt } from "../src/server-only/attempt/submit-attempt.ts";
import { reviewCard } from "../src/server-only/memory/review-card.ts";
import { undoReview } from "../src/server-only/memory/undo-review.ts";
import { getParagraphAccuracy } from "../src/server-only/progress/get-paragraph-accuracy.ts";
import { getTopicMastery } from "../src/server-only/progress/get-topic-mastery.ts";
import { listAnswerHistory } from "../src/server-only/progress/list-answer-history.ts";
import { listReviewHistory } from "../src/server-only/progress/list-review-history.ts";
import { rightAnswer, singleChoice, wrongSingleChoiceAnswer } from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const NOW = new Date("2026-04-20T10:00:00Z");
const DAY = 86_400_000;
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const paragraphsOf = (question: Question) => [
  ...new Set(question.evidence.map((quote) => quote.paragraphId)),
];

/** One practice attempt answering `question`, right or wrong, at `at`. */
async function answer(
  db: Db,
  userId: string,
  question: Extract<Question, { type: "single-choice" }>,
  right: boolean,
  at: Date,
  feedbackMode: "immediate" | "after_submit" = "immediate",
) {
  const { attempt } = await startAttempt(db, {
    kind: "practice",
    userId,
    questionIds: [question.id],
    feedbackMode,
    now: at,
  });
  const { response } = await recordResponse(db, {
    userId,
    attemptId: attempt.id,
    questionId: question.id,
    clientId: clientId(),
    response: right ? rightAnswer(question) : wrongSingleChoiceAnswer(question),
    now: at,
  });
  return { attempt, response };
}

describeEachBackend("progress views", ({ db }) => {
  it("gives each paragraph the mean score of the learner's own answers drawing on it", async () => {
    const user = await createTestUser(db, "student");
    const other = await createTestUser(db, "student");
    const question = singleChoice();
    const paragraphs = paragraphsOf(question);

    const empty = await getParagraphAccuracy(db, { userId: user.id });
    expect(empty.answers).toBe(0);
    expect(empty.paragraphs.size).toBe(0);

    await answer(db, user.id, question, true, minutes(0));
    await answer(db, user.id, question, false, minutes(1));
    await answer(db, other.id, question, false, minutes(2)); // someone else's: not counted
    // A test in progress with feedback after submission: hidden until submitted.
    const pending = await answer(db, user.id, question, true, minutes(3), "after_submit");

    const before = await getParagraphAccuracy(db, { userId: user.id });
    expect(before.answers).toBe(2);
    expect([...before.paragraphs.keys()].sort()).toEqual([...paragraphs].sort());
    for (const paragraphId of paragraphs) {
      // (1 + 0) / 2
      expect(before.paragraphs.get(paragraphId)).toEqual({ answered: 2, meanScore: 0.5 });
    }

    await submitAttempt(db, { userId: user.id, attemptId: pending.attempt.id, now: minutes(4) });
    const after = await getParagraphAccuracy(db, { userId: user.id });
    expect(after.answers).toBe(3);
    const first = paragraphs[0] ?? "";
    // (1 + 0 + 1) / 3
    expect(after.paragraphs.get(first)?.answered).toBe(3);
    expect(after.paragraphs.get(first)?.meanScore).toBeCloseTo(2 / 3, 10);

    await expect(getParagraphAccuracy(db, { userId: "" })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it("reports per-tag mastery a week ahead, never-recalled items as 0, and counts the ones not met yet", async () => {
    const user = await createTestUser(db, "student");
    const card = bank.flashcards.find((item) => item.tags.length > 0);
    if (!card) throw new Error("the bank has no tagged flashcard");
    const [tag] = card.tags;
    if (!tag) throw new Error("the card has no tag");
    const tagged = [...bank.questions, ...bank.flashcards].filter((item) =>
      item.tags.includes(tag),
    ).length;

    const fresh = await getTopicMastery(db, { userId: user.id, now: NOW });
    expect(fresh.horizonDays).toBe(7);
    const freshRow = fresh.tags.find((row) => row.tag === tag);
    expect(freshRow).toMatchObject({ items: tagged, met: 0, notMet: tagged, mastery: null });
    expect(freshRow?.label.length).toBeGreaterThan(0);
    expect(fresh.tags.every((row) => row.items > 0 && row.met === 0)).toBe(true);

    // Forgotten ("Again") just now: met, but never recalled, so not mastered at all.
    const forgotten = await reviewCard(db, {
      userId: user.id,
      flashcardId: card.id,
      rating: 1,
      clientId: clientId(),
      now: NOW,
    });
    const afterAgain = await getTopicMastery(db, { userId: user.id, now: NOW });
    const failedRow = afterAgain.tags.find((entry) => entry.tag === tag);
    expect(failedRow).toMatchObject({ met: 1, neverRecalled: 1, mastery: 0 });

    // Undone, then rated Good: recalled now, and predicted to fade within the week.
    await undoReview(db, { userId: user.id, reviewLogId: forgotten.log.id });
    await reviewCard(db, {
      userId: user.id,
      flashcardId: card.id,
      rating: 3,
      clientId: clientId(),
      now: NOW,
    });
    const justNow = await getTopicMastery(db, { userId: user.id, now: NOW });
    const row = justNow.tags.find((entry) => entry.tag === tag);
    expect(row).toMatchObject({ items: tagged, met: 1, notMet: tagged - 1, neverRecalled: 0 });
    expect(row?.mastery).toBeGreaterThan(0.7);
    expect(row?.mastery).toBeLessThan(0.9);
    const untouched = justNow.tags.filter((entry) => !card.tags.includes(entry.tag));
    expect(untouched.every((entry) => entry.met === 0)).toBe(true);

    const later = await getTopicMastery(db, {
      userId: user.id,
      now: new Date(NOW.getTime() + 20 * DAY),
    });
    const faded = later.tags.find((entry) => entry.tag === tag)?.mastery ?? 1;
    expect(faded).toBeLessThan(row?.mastery ?? 0);
    expect(faded).toBeGreaterThan(0);
  });

  it("pages through the learner's answers newest first, hiding pending test scores", async () => {
    const user = await createTestUser(db, "student");
    const other = await createTestUser(db, "student");
    const question = singleChoice();
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(await answer(db, user.id, question, i % 2 === 0, minutes(10 + i)));
    }
    await answer(db, user.id, question, true, minutes(30), "after_submit"); // pending: hidden
    const elsewhere = await answer(db, other.id, question, true, minutes(31));

    const first = await listAnswerHistory(db, { userId: user.id, limit: 2 });
    expect(first.answers.map((entry) => entry.id)).toEqual([
      made[4]?.response.id,
      made[3]?.response.id,
    ]);
    expect(first.answers[0]).toMatchObject({
      questionId: question.id,
      score: 1,
      attemptId: made[4]?.attempt.id,
      attemptKind: "practice",
      attemptSubmitted: false,
      assignment: null,
    });
    expect(first.nextCursor).toBe(made[3]?.response.id);

    const second = await listAnswerHistory(db, {
      userId: user.id,
      limit: 2,
      after: first.nextCursor ?? undefined,
    });
    expect(second.answers.map((entry) => entry.id)).toEqual([
      made[2]?.response.id,
      made[1]?.response.id,
    ]);
    const last = await listAnswerHistory(db, {
      userId: user.id,
      limit: 2,
      after: second.nextCursor ?? undefined,
    });
    expect(last.answers.map((entry) => entry.id)).toEqual([made[0]?.response.id]);
    expect(last.nextCursor).toBeNull();

    const all = await listAnswerHistory(db, { userId: user.id });
    expect(all.answers).toHaveLength(5);
    expect(all.nextCursor).toBeNull();

    // Another learner's answer is no cursor into this learner's history.
    await expect(
      listAnswerHistory(db, { userId: user.id, after: elsewhere.response.id }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(listAnswerHistory(db, { userId: user.id, limit: 0 })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    const none = await createTestUser(db, "student");
    expect(await listAnswerHistory(db, { userId: none.id })).toEqual({
      answers: [],
      nextCursor: null,
    });
  });

  it("pages through card reviews newest first, leaving out undone ones and quiz reviews", async () => {
    const user = await createTestUser(db, "student");
    const cards = bank.flashcards.slice(0, 4);
    const logs = [];
    for (const [index, card] of cards.entries()) {
      const { log } = await reviewCard(db, {
        userId: user.id,
        flashcardId: card.id,
        rating: ((index % 4) + 1) as 1 | 2 | 3 | 4,
        clientId: clientId(),
        now: minutes(index),
      });
      logs.push(log);
    }
    await answer(db, user.id, singleChoice(), true, minutes(5)); // a quiz review: not a card review
    const latest = logs.at(-1);
    if (!latest) throw new Error("no reviews");
    await undoReview(db, { userId: user.id, reviewLogId: latest.id });

    const first = await listReviewHistory(db, { userId: user.id, limit: 2 });
    expect(first.reviews).toEqual([
      {
        id: logs[2]?.id,
        flashcardId: cards[2]?.id,
        front: cards[2]?.front,
        rating: 3,
        reviewedAt: minutes(2),
      },
      {
        id: logs[1]?.id,
        flashcardId: cards[1]?.id,
        front: cards[1]?.front,
        rating: 2,
        reviewedAt: minutes(1),
      },
    ]);
    const rest = await listReviewHistory(db, {
      userId: user.id,
      limit: 2,
      after: first.nextCursor ?? undefined,
    });
    expect(rest.reviews.map((review) => review.id)).toEqual([logs[0]?.id]);
    expect(rest.nextCursor).toBeNull();
    await expect(
      listReviewHistory(db, { userId: user.id, after: latest.id }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });
});
