import { randomUUID } from "node:crypto";
import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import { answerKey } from "@quizdeck/core/grading";
import { seededShuffle } from "@quizdeck/core/random";
import type { Db } from "../client/create-prisma-client.ts";
import { createAssignment } from "../server-only/assignment/create-assignment.ts";
import { recordResponse } from "../server-only/attempt/record-response.ts";
import { startAttempt } from "../server-only/attempt/start-attempt.ts";
import { submitAttempt } from "../server-only/attempt/submit-attempt.ts";
import { joinClass } from "../server-only/class/join-class.ts";
import { ensureCurrentContentVersion } from "../server-only/content/internal/ensure-content-version.ts";
import { reviewCard } from "../server-only/memory/review-card.ts";
import { hashPassword } from "../server-only/user/password-hashing.ts";
import { DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } from "./demo-accounts.ts";

const DAY = 86_400_000;
const HISTORY_DAYS = 28;

export interface SeedReport {
  usersCreated: number;
  historyWrittenFor: string[];
}

/**
 * Demo data: a teacher, five students, a class with two assignments, and four
 * weeks of quiz answers and card reviews so the progress views have something
 * to show. Every step is idempotent (found by email, join code or title), and
 * history is written only for students who have none, so running it again
 * changes nothing. History goes through the real data-access functions, so it
 * obeys the same rules as real use.
 */
export async function seedDemoData(db: Db, now: Date = new Date()): Promise<SeedReport> {
  await ensureCurrentContentVersion(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let usersCreated = 0;
  const upsertUser = async (name: string, email: string, role: "student" | "teacher") => {
    const existing = await db.user.findUnique({ where: { email } });
    if (existing) return existing;
    usersCreated += 1;
    const id = randomUUID();
    return db.user.create({
      data: {
        id,
        name,
        email,
        role,
        emailVerified: true,
        accounts: {
          create: {
            id: randomUUID(),
            accountId: id,
            providerId: "credential",
            password: passwordHash,
          },
        },
      },
    });
  };

  const teacher = await upsertUser(DEMO_TEACHER.name, DEMO_TEACHER.email, "teacher");
  const students = [];
  for (const student of DEMO_STUDENTS) {
    students.push({ ...student, user: await upsertUser(student.name, student.email, "student") });
  }

  const klass =
    (await db.class.findUnique({ where: { joinCode: DEMO_CLASS.joinCode } })) ??
    (await db.class.create({
      data: { name: DEMO_CLASS.name, joinCode: DEMO_CLASS.joinCode, teacherId: teacher.id },
    }));
  for (const student of students) {
    await joinClass(db, { studentId: student.user.id, joinCode: klass.joinCode });
  }

  const past = await findOrCreateAssignment(db, {
    teacherId: teacher.id,
    classId: klass.id,
    title: "Week 1: who said what",
    setId: "s-recall-warm-up",
    opensAt: new Date(now.getTime() - 21 * DAY),
    dueAt: new Date(now.getTime() - 14 * DAY),
    attemptsAllowed: 2,
    // No late work: its answers are out since the due date, so practice reaches its questions.
    allowLate: false,
    answerRelease: "after_due",
  });
  await findOrCreateAssignment(db, {
    teacherId: teacher.id,
    classId: klass.id,
    title: "Whole-article review",
    setId: "s-whole-article-exam",
    opensAt: new Date(now.getTime() - 2 * DAY),
    dueAt: new Date(now.getTime() + 7 * DAY),
    attemptsAllowed: 3,
    shuffleQuestions: true,
    shuffleOptions: true,
    answerRelease: "after_each_answer",
    retentionTarget: 0.9,
    retentionUntil: new Date(now.getTime() + 30 * DAY),
  });

  const historyWrittenFor: string[] = [];
  for (const [index, student] of students.entries()) {
    if ((await db.attempt.count({ where: { userId: student.user.id } })) > 0) continue;
    await writeHistory(db, student.user.id, student.skill, index + 1, past, now);
    historyWrittenFor.push(student.email);
  }
  return { usersCreated, historyWrittenFor };
}

async function findOrCreateAssignment(
  db: Db,
  options: Parameters<typeof createAssignment>[1] & { classId: string; title: string },
) {
  const existing = await db.assignment.findFirst({
    where: { classId: options.classId, title: options.title },
  });
  return existing ?? createAssignment(db, options);
}

/**
 * A believable month: practice quizzes every few days with accuracy that grows
 * with the student's skill, the past assignment taken once, and a daily batch
 * of flashcard reviews. Deterministic per student (seeded), so demos repeat.
 */
async function writeHistory(
  db: Db,
  userId: string,
  skill: number,
  seed: number,
  past: { id: string; questionIds: string[] },
  now: Date,
) {
  let state = seed * 7919;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  // Practice keeps off the graded assignment's questions: their answers are withheld until it is released.
  const questions = seededShuffle(
    bank.questions.filter((question) => !past.questionIds.includes(question.id)),
    seed,
  );
  let cursor = 0;
  const cards = bank.flashcards.slice(0, 24);

  for (let daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
    const day = new Date(now.getTime() - daysAgo * DAY + (9 + (seed % 8)) * 3_600_000);
    const progress = (HISTORY_DAYS - daysAgo) / HISTORY_DAYS;
    const chance = Math.min(0.97, skill * (0.75 + 0.35 * progress));

    if (daysAgo % 3 === seed % 3) {
      const picked = Array.from(
        { length: 6 },
        () => questions[cursor++ % questions.length] as Question,
      );
      await takeQuiz(
        db,
        userId,
        { kind: "practice", questionIds: picked.map((q) => q.id) },
        day,
        chance,
        random,
      );
    }
    if (daysAgo === 16) {
      await takeQuiz(
        db,
        userId,
        { kind: "assignment", assignmentId: past.id },
        day,
        chance,
        random,
      );
    }
    const batch = cards.slice(0, Math.min(cards.length, 4 + (HISTORY_DAYS - daysAgo)));
    for (const [index, card] of batch.entries()) {
      if ((index + daysAgo) % 4 !== 0) continue;
      const rating = random() < chance ? (random() < 0.2 ? 4 : 3) : random() < 0.5 ? 2 : 1;
      await reviewCard(db, {
        userId,
        flashcardId: card.id,
        rating,
        clientId: randomUUID(),
        now: new Date(day.getTime() + index * 20_000),
      });
    }
  }
}

async function takeQuiz(
  db: Db,
  userId: string,
  start: { kind: "practice"; questionIds: string[] } | { kind: "assignment"; assignmentId: string },
  at: Date,
  chance: number,
  random: () => number,
) {
  const { attempt } = await startAttempt(db, { ...start, userId, now: at });
  for (const [index, questionId] of attempt.questionIds.entries()) {
    const question = bank.questions.find((candidate) => candidate.id === questionId);
    if (!question) continue;
    const response = random() < chance ? answerKey(question) : wrongAnswer(question);
    await recordResponse(db, {
      userId,
      attemptId: attempt.id,
      questionId,
      clientId: randomUUID(),
      response,
      timeSpentMs: Math.round(8_000 + random() * 40_000),
      now: new Date(at.getTime() + (index + 1) * 45_000),
    });
  }
  await submitAttempt(db, {
    userId,
    attemptId: attempt.id,
    now: new Date(at.getTime() + (attempt.questionIds.length + 1) * 45_000),
  });
}

/** A well-formed answer that is wrong (or, for ordering and matching, partly wrong). */
function wrongAnswer(question: Question) {
  switch (question.type) {
    case "single-choice": {
      const wrong = question.choices.find((choice) => !choice.correct) ?? question.choices[0];
      return { type: question.type, choiceId: wrong?.id ?? "a" };
    }
    case "multiple-choice":
      return {
        type: question.type,
        choiceIds: question.choices.filter((choice) => !choice.correct).map((choice) => choice.id),
      };
    case "true-false":
      return { type: question.type, answer: !question.answer };
    case "cloze":
      return { type: question.type, blanks: question.accept.map(() => "not sure") };
    case "matching": {
      const rights = question.pairs.map((pair) => pair.right);
      return {
        type: question.type,
        matches: question.pairs.map((pair, index) => ({
          left: pair.left,
          right: rights[(index + 1) % rights.length] ?? pair.right,
        })),
      };
    }
    case "ordering":
      return { type: question.type, order: [...question.items].reverse() };
  }
}
