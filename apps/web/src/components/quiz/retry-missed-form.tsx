"use client";

import { FormMessage } from "@/components/forms/form-message";
import { retryMissedAction } from "@/lib/actions/attempt-actions";
import { useFormAction } from "@/lib/forms/use-form-action";

/** Starts a practice quiz of the questions missed in `attemptId`. */
export function RetryMissedForm({ attemptId, count }: { attemptId: string; count: number }) {
  const { state, formAction, pending } = useFormAction(retryMissedAction);
  return (
    <form action={formAction} aria-describedby="retry-missed-message">
      <FormMessage state={state} id="retry-missed-message" />
      <input type="hidden" name="attemptId" value={attemptId} />
      <button type="submit" aria-disabled={pending ? true : undefined}>
        {pending ? "Starting…" : "Retry the ones I missed"}
      </button>{" "}
      <span className="muted">
        {count} question{count === 1 ? "" : "s"}, with feedback after each answer.
      </span>
    </form>
  );
}
