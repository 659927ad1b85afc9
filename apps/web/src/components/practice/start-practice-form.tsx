"use client";

import { useActionState } from "react";
import { startPracticeAction } from "@/lib/actions/student-actions";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { FormMessage } from "../forms/form-message";

interface StartPracticeFormProps {
  /** A set to practise, or else the filter fields to carry over. */
  setId?: string;
  filter?: Record<string, string[]>;
  label: string;
  /** Offer a question count and feedback mode (for filtered practice). */
  withOptions?: boolean;
  maxCount?: number;
  id: string;
}

export function StartPracticeForm({
  setId,
  filter,
  label,
  withOptions,
  maxCount = 20,
  id,
}: StartPracticeFormProps) {
  const [state, action, pending] = useActionState(startPracticeAction, EMPTY_FORM_STATE);
  return (
    <form action={action} aria-describedby={`${id}-message`}>
      <FormMessage state={state} id={`${id}-message`} />
      {setId ? <input type="hidden" name="setId" value={setId} /> : null}
      {Object.entries(filter ?? {}).flatMap(([name, values]) =>
        values.map((value) => (
          <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
        )),
      )}
      {withOptions ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-count`}>Number of questions</label>
            <input
              id={`${id}-count`}
              name="count"
              type="number"
              min={1}
              max={Math.min(20, maxCount)}
              defaultValue={Math.min(10, maxCount)}
            />
          </div>
          <fieldset className="field">
            <legend>
              <strong>Feedback</strong>
            </legend>
            <label>
              <input type="radio" name="feedbackMode" value="immediate" defaultChecked /> After each
              answer
            </label>{" "}
            <label>
              <input type="radio" name="feedbackMode" value="after_submit" /> At the end, like an
              exam
            </label>
          </fieldset>
        </>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? "Starting…" : label}
      </button>
    </form>
  );
}
