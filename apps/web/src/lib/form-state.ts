/** What every form's server action returns for the form to show (server/action/define-action.ts). */
export interface FormState {
  /** A message for the whole form (shown at the top, announced to screen readers). */
  message?: string;
  /** The action succeeded: the message is a confirmation, not an error. */
  ok?: boolean;
  /** Messages per field, shown under each field; the form's summary names the fields by label. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** A value the action made for the person to keep (an invite link), shown once with a way to copy it. */
  result?: string;
  /** The values typed, so the form keeps them after an error (never the password). */
  values?: Record<string, string>;
}

export const EMPTY_FORM_STATE: FormState = {};
