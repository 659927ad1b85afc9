"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/form-state";
import type { FormAction } from "@/server/action/define-action";

/**
 * The one way a form uses its server action: the state the action returned,
 * the function for `<form action>`, whether it is running, and the messages and
 * kept values per field.
 */
export function useFormAction(action: FormAction, initial: FormState = EMPTY_FORM_STATE) {
  const [state, formAction, pending] = useActionState(action, initial);
  return {
    state,
    formAction,
    pending,
    errorsFor: (name: string) => (state.ok ? undefined : state.fieldErrors?.[name]),
    typedValue: (name: string) => state.values?.[name],
  };
}
