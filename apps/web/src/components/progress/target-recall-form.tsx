"use client";

import { setTargetRecallAction } from "@/lib/actions/memory-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FieldError, FormMessage } from "../forms/form-message";

const LABELS = { targetPercent: "Target recall" };

/** The learner's choice of target recall, each option with its expected workload. */
export function TargetRecallForm({
  current,
  choices,
}: {
  /** The target now, as a whole percent. */
  current: number;
  choices: readonly { percent: number; text: string }[];
}) {
  const { state, formAction, pending, errorsFor } = useFormAction(setTargetRecallAction);
  const errors = errorsFor("targetPercent");
  return (
    <form action={formAction} aria-describedby="target-recall-message">
      <FormMessage state={state} id="target-recall-message" labels={LABELS} />
      {/* The error is tied to the group by description: ARIA has no invalid state for a group. */}
      <fieldset className="field" aria-describedby={errors ? "target-recall-error" : undefined}>
        <legend>
          <strong>{LABELS.targetPercent}</strong>
        </legend>
        {choices.map((choice) => (
          <label key={choice.percent} style={{ display: "block" }}>
            <input
              type="radio"
              name="targetPercent"
              value={choice.percent}
              defaultChecked={choice.percent === current}
            />{" "}
            {choice.text}
          </label>
        ))}
        <FieldError id="target-recall-error" errors={errors} />
      </fieldset>
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save target"}
      </button>
    </form>
  );
}
