import { useState } from "react";
import { type Draft, draftFromResponse, emptyDraft } from "@/lib/quiz/draft";
import type { PresentedQuestion, SavedAnswer } from "@/lib/quiz/types";

/**
 * What the student has entered per question (complete or not), starting from
 * the saved answers, and the hint shown under each (what is missing, or why
 * an answer was not saved).
 */
export function useDrafts(questions: PresentedQuestion[], saved: Record<string, SavedAnswer>) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      questions.map((question) => {
        const answer = saved[question.id];
        return [
          question.id,
          answer ? draftFromResponse(question, answer.response) : emptyDraft(question),
        ];
      }),
    ),
  );
  const [hints, setHints] = useState<Record<string, string>>({});

  return {
    draftOf: (id: string): Draft | undefined => drafts[id],
    hintOf: (id: string): string => hints[id] ?? "",
    setDraft: (id: string, draft: Draft) => setDrafts((previous) => ({ ...previous, [id]: draft })),
    setHint: (id: string, text: string) => setHints((previous) => ({ ...previous, [id]: text })),
    /** Puts answers back into the inputs (those an earlier page left in this browser). */
    restore: (responses: Record<string, unknown>) =>
      setDrafts((previous) => {
        const next = { ...previous };
        for (const question of questions) {
          if (question.id in responses) {
            next[question.id] = draftFromResponse(question, responses[question.id]);
          }
        }
        return next;
      }),
  };
}
