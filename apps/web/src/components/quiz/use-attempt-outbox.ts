import { useEffect, useRef, useState } from "react";
import {
  type AnswerOutbox,
  type AnswerOutboxState,
  createAnswerOutbox,
} from "@/lib/outbox/answer-outbox";
import { browserOnline, connectToBrowser } from "@/lib/outbox/browser-signals";
import { deviceStorage } from "@/lib/outbox/device-storage";
import type { Rejection } from "@/lib/outbox/retry-policy";
import type { AnswerPlace } from "@/lib/quiz/question-marks";
import type { PresentedQuestion, QuestionFeedback, SavedAnswer } from "@/lib/quiz/types";
import { useLatest } from "./use-latest";

/** An answer the server has acknowledged. */
interface Acknowledged {
  response: unknown;
  feedback: QuestionFeedback | null;
}

/** An answer kept on this device and not yet acknowledged. */
interface Queued {
  clientId: string;
  response: unknown;
}

export interface AttemptOutboxOptions {
  attemptId: string;
  questions: PresentedQuestion[];
  /** What the server had when the page was rendered. */
  saved: Record<string, SavedAnswer>;
  /** Answers an earlier page left in this browser, by question id: shown as given. */
  onRestored: (responses: Record<string, unknown>) => void;
  onRejected: (questionId: string, rejection: Rejection) => void;
}

/**
 * The attempt's answers: those the server has, and those kept in this browser
 * on their way to it (an AnswerOutbox, created once on the client, sending
 * whatever an earlier page left). `state` is null until the browser's copy has
 * been read, so the page claims nothing before it knows.
 */
export function useAttemptOutbox({
  attemptId,
  questions,
  saved,
  onRestored,
  onRejected,
}: AttemptOutboxOptions) {
  const [state, setState] = useState<AnswerOutboxState | null>(null);
  const [acknowledged, setAcknowledged] = useState<Record<string, Acknowledged>>(() =>
    Object.fromEntries(
      Object.entries(saved).map(([id, answer]) => [
        id,
        { response: answer.response, feedback: answer.feedback },
      ]),
    ),
  );
  const [queued, setQueued] = useState<Record<string, Queued>>({});
  const outbox = useRef<AnswerOutbox | null>(null);
  const callbacks = useLatest({ onRestored, onRejected });
  // Answered as of this render plus answers queued since (submitting reads it after awaiting).
  const answeredNow = useRef(new Set<string>());
  answeredNow.current = new Set([...Object.keys(queued), ...Object.keys(acknowledged)]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once per attempt; the props are the load-time snapshot.
  useEffect(() => {
    const dequeue = (questionId: string, clientId: string) =>
      setQueued((previous) => {
        if (previous[questionId]?.clientId !== clientId) return previous;
        const { [questionId]: _done, ...rest } = previous;
        return rest;
      });
    const box = createAnswerOutbox({
      attemptId,
      storage: deviceStorage(),
      initiallyOnline: browserOnline(),
      onChange: setState,
      onSaved: (answer, outcome) => {
        dequeue(answer.questionId, answer.clientId);
        setAcknowledged((previous) => {
          // A newer answer to this question may still be waiting; the last acknowledged one wins.
          const feedback = (outcome.feedback as QuestionFeedback | undefined) ?? null;
          return {
            ...previous,
            [answer.questionId]: {
              response:
                outcome.status === "stale"
                  ? (previous[answer.questionId]?.response ?? answer.response)
                  : answer.response,
              feedback: feedback ?? previous[answer.questionId]?.feedback ?? null,
            },
          };
        });
      },
      onRejected: (answer, rejection) => {
        dequeue(answer.questionId, answer.clientId);
        callbacks.current.onRejected(answer.questionId, rejection);
      },
    });
    box.noteServerRevisions(
      Object.fromEntries(Object.entries(saved).map(([id, answer]) => [id, answer.revision])),
    );

    const known = new Set(questions.map((question) => question.id));
    const restored: Record<string, Queued> = {};
    for (const pending of box.waiting()) {
      if (known.has(pending.questionId)) {
        restored[pending.questionId] = { clientId: pending.clientId, response: pending.response };
      }
    }
    if (Object.keys(restored).length > 0) {
      setQueued((previous) => ({ ...restored, ...previous }));
      callbacks.current.onRestored(
        Object.fromEntries(Object.entries(restored).map(([id, entry]) => [id, entry.response])),
      );
    }

    outbox.current = box;
    box.start();
    const disconnect = connectToBrowser(box);
    return () => {
      disconnect();
      box.dispose();
      outbox.current = null;
    };
  }, [attemptId]);

  const placeOf = (id: string): AnswerPlace =>
    queued[id] ? "waiting" : acknowledged[id] ? "saved" : "none";

  return {
    /** Null until the browser's copy of waiting answers has been read. */
    state,
    placeOf,
    feedbackFor: (id: string) => acknowledged[id]?.feedback ?? null,
    givenResponse: (id: string): unknown => queued[id]?.response ?? acknowledged[id]?.response,
    isAnswered: (id: string) => placeOf(id) !== "none",
    isAnsweredNow: (id: string) => answeredNow.current.has(id),
    /** Keeps the answer in this browser and sends it; false before the outbox is ready. */
    send(questionId: string, response: unknown, timeSpentMs: number): boolean {
      const box = outbox.current;
      if (!box) return false;
      const pending = box.enqueue({ questionId, response, timeSpentMs });
      setQueued((previous) => ({
        ...previous,
        [questionId]: { clientId: pending.clientId, response },
      }));
      answeredNow.current.add(questionId);
      return true;
    },
    pendingNow: () => outbox.current?.state().pending ?? 0,
    drain: (timeoutMs: number, failFast = false) =>
      outbox.current?.drain(timeoutMs, failFast) ?? Promise.resolve(true),
    /** After submitting: nothing more can be saved to this attempt. */
    forget: () => outbox.current?.clear(),
  };
}

export type AttemptOutbox = ReturnType<typeof useAttemptOutbox>;
