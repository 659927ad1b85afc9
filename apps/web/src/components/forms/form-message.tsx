import type { FormState } from "@/lib/form-state";

/** The form-level message, announced when it appears. */
export function FormMessage({ state, id }: { state: FormState; id: string }) {
  return (
    <div id={id} role="alert" aria-live="assertive">
      {state.message ? (
        <p className={state.ok ? "success" : "form-error"}>{state.message}</p>
      ) : null}
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
