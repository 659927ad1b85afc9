"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { retryMissedAction } from "@/lib/quiz/retry-missed-action";

/** Starts a practice quiz of the questions missed in `attemptId`. */
export function RetryMissedForm({ attemptId, count }: { attemptId: string; count: number }) {
  const [state, action, pending] = useActionState(
    retryMissedAction.bind(null, attemptId),
    EMPTY_FORM_STATE,
  );
  return (
    <form action={action} aria-describedby="retry-missed-message">
      <FormMessage state={state} id="retry-missed-message" />
      <button type="submit" aria-disabled={pending ? true : undefined}>
        {pending ? "Starting…" : "Retry the ones I missed"}
      </button>{" "}
      <span className="muted">
        {count} question{count === 1 ? "" : "s"}, with feedback after each answer.
      </span>
    </form>
  );
}
