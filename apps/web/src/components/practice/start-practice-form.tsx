"use client";

import { startPracticeAction } from "@/lib/actions/attempt-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";

interface StartPracticeFormProps {
  /** A set to practise, or else the filter fields to carry over. */
  setId?: string;
  filter?: Record<string, string[]>;
  label: string;
  /** Offer a question count and feedback mode (for filtered practice). */
  withOptions?: boolean;
  /** The count field's range and first value (the practice policy, capped by the matches). */
  count?: { max: number; initial: number };
  id: string;
}

const LABELS = { count: "Number of questions" };

export function StartPracticeForm({
  setId,
  filter,
  label,
  withOptions,
  count,
  id,
}: StartPracticeFormProps) {
  const { state, formAction, pending, errorsFor } = useFormAction(startPracticeAction);
  return (
    <form action={formAction} aria-describedby={`${id}-message`}>
      <FormMessage state={state} id={`${id}-message`} labels={LABELS} />
      {setId ? <input type="hidden" name="setId" value={setId} /> : null}
      {Object.entries(filter ?? {}).flatMap(([name, values]) =>
        values.map((value) => (
          <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
        )),
      )}
      {withOptions && count ? (
        <>
          <TextField
            id={`${id}-count`}
            name="count"
            label={LABELS.count}
            type="number"
            min={1}
            max={count.max}
            defaultValue={count.initial}
            errors={errorsFor("count")}
          />
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
