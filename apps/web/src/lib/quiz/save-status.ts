import type { AnswerOutboxState } from "@/lib/outbox/answer-outbox";

/** Shown until the browser's copy of waiting answers has been read (and on the server render). */
export const CHECKING_SAVED_ANSWERS = "Checking saved answers…";

/** "1 answer", "3 answers". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * The status line under the quiz title: what happened to the student's
 * answers. `state` is null until the browser's copy has been read: nothing is
 * claimed before then.
 */
export function describeAnswerSaving(state: AnswerOutboxState | null): string {
  if (state === null) return CHECKING_SAVED_ANSWERS;
  const waiting = plural(state.pending, "answer");
  if (state.pending > 0) {
    if (!state.online || state.problem?.kind === "offline") {
      return `Offline — ${waiting} kept on this device, sent when the connection is back.`;
    }
    switch (state.problem?.kind) {
      case "unreachable":
        return `Cannot reach the server — ${waiting} kept on this device, retrying…`;
      case "server":
        return `Saving is delayed — ${waiting} waiting, retrying…`;
      case "signed-out":
        return `Signed out — ${waiting} waiting. Sign in again in another tab; saving resumes by itself.`;
    }
    return "Saving…";
  }
  if (state.lastError) return `Not saved: ${state.lastError.message}`;
  if (!state.online) return "Offline — all answers so far are saved.";
  return "All answers saved";
}

/** Under "Submit quiz" while answers are still on their way. */
export function submitWaitNote(pending: number): string {
  if (pending === 0) return "";
  return `Submit waits until ${plural(pending, "answer")} ${pending === 1 ? "is" : "are"} saved.`;
}
