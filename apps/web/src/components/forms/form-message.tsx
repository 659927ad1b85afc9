import type { FormState } from "@/lib/form-state";

/**
 * The form-level message, announced when it appears: a confirmation, a refusal,
 * or a summary naming the fields to fix by their labels (each field shows its
 * own message under it, so the summary does not repeat them).
 */
export function FormMessage({
  state,
  id,
  labels = {},
}: {
  state: FormState;
  id: string;
  /** Field name → label, to name the fields that need fixing as the form shows them. */
  labels?: Record<string, string>;
}) {
  const fieldsToFix = Object.entries(state.fieldErrors ?? {}).filter(
    ([, messages]) => messages && messages.length > 0,
  );
  const named = fieldsToFix.filter(([field]) => labels[field]);
  const unlabelled = fieldsToFix.filter(([field]) => !labels[field]);
  // Two names for one field (the form's and the use case's) are named once.
  const names = [...new Set(named.map(([field]) => labels[field]))];
  return (
    <div id={id} role="alert" aria-live="assertive">
      {state.message ? (
        <p className={state.ok ? "success" : "form-error"}>{state.message}</p>
      ) : null}
      {!state.ok && named.length > 0 ? (
        <p className="form-error">
          Please check {names.length === 1 ? "this field" : "these fields"}: {names.join(", ")}.
        </p>
      ) : null}
      {!state.ok
        ? unlabelled.map(([field, messages]) => (
            <p key={field} className="form-error">
              {messages?.join(" ")}
            </p>
          ))
        : null}
    </div>
  );
}

export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      {errors.join(" ")}
    </p>
  );
}
