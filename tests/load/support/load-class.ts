import { randomUUID } from "node:crypto";
import { answerKey } from "@quizdeck/core/grading";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../../../packages/db/src/client/create-prisma-client.ts";
import { createAssignment } from "../../../packages/db/src/server-only/assignment/create-assignment.ts";
import { ensureCurrentContentVersion } from "../../../packages/db/src/server-only/content/internal/ensure-content-version.ts";
import { assignmentQuestions } from "../../bench/support/bank-questions.ts";
import { seededRandom } from "../../bench/support/seeded-random.ts";
import { wrongAnswer } from "../../bench/support/wrong-answer.ts";
import type { PlannedAnswer, StudentPlan } from "./simulate-student.ts";

export const LOAD_PASSWORD = "load-test-password-7";

export interface LoadClass {
  assignmentId: string;
  studentIds: string[];
  studentEmails: string[];
}

/**
 * A class of `size` students with one assignment (the 20-question whole-article
 * set, default settings: immediate feedback), written in bulk. Every student
 * shares one password hash: hashing is deliberately slow, and what is measured
 * is signing in, not seeding.
 */
export async function seedLoadClass(db: Db, size: number): Promise<LoadClass> {
  await ensureCurrentContentVersion(db);
  const password = await hashPassword(LOAD_PASSWORD);
  const users = [
    {
      id: randomUUID(),
      role: "teacher" as const,
      email: "load-teacher@quizdeck.test",
      name: "Load Teacher",
    },
    ...Array.from({ length: size }, (_, index) => ({
      id: randomUUID(),
      role: "student" as const,
      email: `load-student-${index + 1}@quizdeck.test`,
      name: `Load Student ${index + 1}`,
    })),
  ];
  await db.user.createMany({ data: users.map((user) => ({ ...user, emailVerified: true })) });
  await db.account.createMany({
    data: users.map((user) => ({
      id: randomUUID(),
      accountId: user.id,
      userId: user.id,
      providerId: "credential",
      password,
    })),
  });
  const [teacher, ...students] = users;
  if (!teacher) throw new Error("no teacher");
  const klass = await db.class.create({
    data: {
      name: "Load test class",
      joinCode: `L${randomUUID().slice(0, 6).toUpperCase()}`,
      teacherId: teacher.id,
    },
  });
  await db.enrollment.createMany({
    data: students.map((student) => ({ classId: klass.id, studentId: student.id })),
  });
  const assignment = await createAssignment(db, {
    teacherId: teacher.id,
    classId: klass.id,
    questionIds: assignmentQuestions().map((question) => question.id),
    title: "Load test: whole article",
    opensAt: new Date(Date.now() - 60_000),
    // Feedback after each answer: every save is graded and fed to FSRS at once, the heaviest path.
    answerRelease: "after_each_answer",
  });
  return {
    assignmentId: assignment.id,
    studentIds: students.map((student) => student.id),
    studentEmails: students.map((student) => student.email),
  };
}

/** The 20 answers one student gives: the key, or a wrong answer about a third of the time. */
export function plannedAnswers(studentIndex: number): PlannedAnswer[] {
  const random = seededRandom(20_260_601 + studentIndex);
  return assignmentQuestions().map((question) => ({
    questionId: question.id,
    response: random() < 0.67 ? answerKey(question) : wrongAnswer(question),
  }));
}

/** One open attempt per student, written directly: rows for the bare insert baseline to answer into. */
export async function openAttemptsDirectly(db: Db, klass: LoadClass): Promise<string[]> {
  const assignment = await db.assignment.findUniqueOrThrow({ where: { id: klass.assignmentId } });
  const ids = klass.studentIds.map(() => randomUUID());
  await db.attempt.createMany({
    data: klass.studentIds.map((userId, index) => ({
      id: ids[index] ?? randomUUID(),
      userId,
      kind: "assignment" as const,
      assignmentId: assignment.id,
      questionIds: assignment.questionIds,
      shuffleSeed: index,
      shuffleOptions: false,
      feedbackMode: assignment.answerRelease === "after_each_answer" ? "immediate" : "after_submit",
      contentVersion: assignment.contentVersion,
    })),
  });
  return ids;
}

/** What each student of the class will do: their answers, with a think time drawn uniformly from `thinkMs`. */
export function classPlans(klass: LoadClass, [low, high]: [number, number]): StudentPlan[] {
  return klass.studentEmails.map((email, index) => ({
    email,
    password: LOAD_PASSWORD,
    assignmentId: klass.assignmentId,
    answers: plannedAnswers(index),
    thinkMs: () => low + Math.random() * (high - low),
  }));
}
