import { getDb } from "@quizdeck/db";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DeadlineKindProvider } from "@/components/quiz/deadline-kind";
import { QuizPlayer, type SavedAnswer } from "@/components/quiz/quiz-player";
import { shownResponse } from "@/lib/quiz/attempt-refs";
import { loadAttemptForPage, safeFeedback } from "@/lib/quiz/attempt-view";
import { deadlineKind } from "@/lib/quiz/time-left";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Quiz" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser(`/attempts/${attemptId}`);
  const view = await loadAttemptForPage(getDb(), user.id, attemptId);
  const { attempt } = view;
  if (attempt.submittedAt) redirect(`/attempts/${encodeURIComponent(attempt.id)}/results`);

  const immediate = attempt.feedbackMode === "immediate";
  const withheld = new Set(attempt.withheldQuestionIds);
  const saved: Record<string, SavedAnswer> = {};
  for (const { question, source, presented, saved: answer } of view.questions) {
    if (!answer) continue;
    saved[presented.id] = {
      response: shownResponse(question, attempt, answer.response),
      revision: answer.revision,
      timeSpentMs: answer.timeSpentMs,
      // The key reaches the browser only once feedback is due, and never while an assignment withholds it.
      feedback:
        immediate && !withheld.has(question.id)
          ? safeFeedback(question, answer.response, attempt, source)
          : null,
    };
  }
  return (
    <DeadlineKindProvider kind={deadlineKind(attempt)}>
      <QuizPlayer
        attemptId={attempt.id}
        title={view.title}
        feedbackMode={attempt.feedbackMode}
        deadlineAt={attempt.deadlineAt?.toISOString() ?? null}
        serverNow={new Date().toISOString()}
        questions={view.questions.map((entry) => entry.presented)}
        saved={saved}
      />
    </DeadlineKindProvider>
  );
}
