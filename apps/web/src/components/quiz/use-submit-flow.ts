import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { plural } from "@/lib/quiz/save-status";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import type { PresentedQuestion } from "@/lib/quiz/types";
import type { AttemptOutbox } from "./use-attempt-outbox";

type SubmitPhase = "idle" | "saving" | "submitting" | "done";

/** Answers in transit still count for a moment after the deadline. */
const DEADLINE_GRACE_MS = 1_500;
/** How long "Submit quiz" waits for answers still on their way. */
const SUBMIT_WAIT_MS = 8_000;

/**
 * Submitting: every answer saved first (never submitted while one is only in
 * this browser), a confirmation when questions are unanswered, and at the
 * deadline, submitting by itself.
 */
export function useSubmitFlow({
  attemptId,
  questions,
  answers,
  saveCurrentIfChanged,
}: {
  attemptId: string;
  questions: PresentedQuestion[];
  answers: AttemptOutbox;
  /** Exam mode: stores a finished answer not yet saved. */
  saveCurrentIfChanged: () => void;
}) {
  const router = useRouter();
  const [phase, setPhase] = useState<SubmitPhase>("idle");
  const [message, setMessage] = useState("");
  const [timeUp, setTimeUp] = useState(false);
  const [dialogOpen, setDialogOpen] = useState(false);
  const finishing = useRef(false);

  const submitNow = async () => {
    setPhase("submitting");
    setMessage("Submitting…");
    const result = await submitAttempt(attemptId);
    if (result.ok) {
      answers.forget();
      setPhase("done");
      setMessage("Submitted. Opening your results…");
      router.replace(`/attempts/${encodeURIComponent(attemptId)}/results`);
      return;
    }
    setPhase("idle");
    setMessage(result.message);
    finishing.current = false;
  };

  const finishAtDeadline = async () => {
    if (finishing.current) return;
    finishing.current = true;
    saveCurrentIfChanged();
    setTimeUp(true);
    setMessage("Time is up. Submitting your answers…");
    await answers.drain(DEADLINE_GRACE_MS);
    await submitNow();
  };

  const requestSubmit = async () => {
    if (phase !== "idle" || answers.state === null) return;
    saveCurrentIfChanged();
    const waiting = answers.pendingNow();
    if (waiting > 0) {
      setPhase("saving");
      setMessage(`Saving ${plural(waiting, "answer")} before submitting…`);
      const drained = await answers.drain(SUBMIT_WAIT_MS, true);
      setPhase("idle");
      if (!drained) {
        const left = answers.pendingNow();
        setMessage(
          `Cannot submit yet: ${plural(left, "answer")} ${left === 1 ? "is" : "are"} not saved. Submit again once the status says “All answers saved”.`,
        );
        return;
      }
    }
    if (questions.some((question) => !answers.isAnsweredNow(question.id))) {
      setMessage("");
      setDialogOpen(true);
      return;
    }
    await submitNow();
  };

  return {
    phase,
    message,
    timeUp,
    /** Saving before submitting, submitting, or submitted. */
    busy: phase !== "idle",
    /** No answer can change any more. */
    closing: timeUp || phase === "submitting" || phase === "done",
    dialogOpen,
    closeDialog: () => setDialogOpen(false),
    submitNow,
    finishAtDeadline,
    requestSubmit,
  };
}
export type SubmitFlow = ReturnType<typeof useSubmitFlow>;
