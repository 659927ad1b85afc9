import "server-only";
import type { Question } from "@quizdeck/content/schema";
import type { Db } from "@quizdeck/db";
import { ATTEMPT_POLICY, getAttempt, submitAttempt } from "@quizdeck/db/attempt";
import { isPlausibleId } from "@quizdeck/db/fields";
import { notFound } from "next/navigation";
import { orNotFound } from "../or-not-found";
import { buildFeedback, type EvidenceSource, presentQuestion } from "./present-question";
import type { PresentedQuestion, QuestionFeedback, ShuffleSettings } from "./types";

export type LoadedAttempt = Awaited<ReturnType<typeof getAttempt>>;

export interface AttemptQuestion {
  question: Question;
  /** A teacher's source its quotes come from; null: the article. */
  source: EvidenceSource;
  presented: PresentedQuestion;
  saved: {
    response: unknown;
    revision: number;
    score: number;
    timeSpentMs: number;
  } | null;
}

/** What the attempt pages show: the attempt, its questions in order, the saved answers. */
export interface AttemptView {
  attempt: LoadedAttempt;
  title: string;
  questions: AttemptQuestion[];
}

export function attemptTitle(attempt: LoadedAttempt): string {
  return attempt.assignment?.title ?? "Practice quiz";
}

/** Loads an attempt for its owner (throws the data layer's NOT_FOUND / FORBIDDEN). */
export async function loadAttemptView(
  db: Db,
  userId: string,
  attemptId: string,
): Promise<AttemptView> {
  const attempt = await getAttempt(db, { userId, attemptId });
  const savedById = new Map(attempt.responses.map((response) => [response.questionId, response]));
  const questions: AttemptQuestion[] = [];
  // The questions as taken: bank questions and teachers' question versions alike.
  for (const { id, question, source } of attempt.questions) {
    const saved = savedById.get(id);
    questions.push({
      question,
      source,
      presented: presentQuestion(question, attempt),
      saved: saved
        ? {
            response: saved.response,
            revision: saved.revision,
            score: saved.score,
            timeSpentMs: saved.timeSpentMs,
          }
        : null,
    });
  }
  return { attempt, title: attemptTitle(attempt), questions };
}

/** Feedback for a stored answer, or null if it can no longer be graded. */
export function safeFeedback(
  question: Question,
  response: unknown,
  attempt: ShuffleSettings,
  source: EvidenceSource = null,
): QuestionFeedback | null {
  try {
    return buildFeedback(question, response, attempt, source);
  } catch {
    return null;
  }
}

/**
 * For the attempt pages: the view, or the 404 page for an attempt that is
 * missing or someone else's. An attempt past its deadline (and its grace) is
 * submitted first, as the server would on the student's next start.
 */
export async function loadAttemptForPage(
  db: Db,
  userId: string,
  attemptId: string,
): Promise<AttemptView> {
  if (!isPlausibleId(attemptId)) notFound();
  const view = await orNotFound(loadAttemptView(db, userId, attemptId));
  const { attempt } = view;
  if (
    !attempt.submittedAt &&
    attempt.deadlineAt &&
    Date.now() > attempt.deadlineAt.getTime() + ATTEMPT_POLICY.deadlineGraceMs
  ) {
    await submitAttempt(db, { userId, attemptId });
    return loadAttemptView(db, userId, attemptId);
  }
  return view;
}
