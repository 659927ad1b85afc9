import type { ReviewOutboxState } from "@/lib/outbox/review-outbox";
import { plural } from "./wording";

export interface ReviewSaveStatus {
  /** "idle" | "saving" | "retrying" | "paused" | "offline", for styling and tests. */
  state: "idle" | "saving" | "retrying" | "paused" | "offline";
  text: string;
  /** Something waits that the learner can help along (Retry now). */
  stuck: boolean;
}

/** The flashcard session's save status line. */
export function describeReviewSaving(
  state: ReviewOutboxState,
  anyRatings: boolean,
): ReviewSaveStatus {
  const { pending, problem } = state;
  if (pending === 0) {
    return { state: "idle", text: anyRatings ? "All ratings saved" : "", stuck: false };
  }
  const kept = `your ${plural(pending, "change")} ${pending === 1 ? "is" : "are"} kept on this device`;
  if (!state.online || problem?.kind === "offline") {
    return {
      state: "offline",
      text: `Offline: ${kept} and sent when the connection is back.`,
      stuck: false,
    };
  }
  switch (problem?.kind) {
    case "unreachable":
      return {
        state: "retrying",
        text: `Not saved yet. The server cannot be reached. Retrying automatically; ${kept}.`,
        stuck: true,
      };
    case "server":
      return {
        state: "retrying",
        text: `Not saved yet. ${problem.message} Retrying automatically; ${kept}.`,
        stuck: true,
      };
    case "signed-out":
      return {
        state: "paused",
        text: `Not saved yet. ${problem.message} Sign in again (for example in a new tab), then choose Retry now.`,
        stuck: true,
      };
  }
  return { state: "saving", text: "Saving…", stuck: false };
}
