"use client";

import { useActionState } from "react";
import { joinClassAction } from "@/lib/actions/student-actions";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";

export function JoinClassForm({ initialCode }: { initialCode?: string | undefined }) {
  const [state, action, pending] = useActionState(joinClassAction, EMPTY_FORM_STATE);
  return (
    <form action={action} noValidate aria-describedby="join-class-message">
      <FormMessage state={state} id="join-class-message" />
      <TextField
        name="joinCode"
        label="Class join code"
        hint="7 letters and digits, from your teacher. Case and spaces do not matter."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        defaultValue={state.values?.joinCode ?? initialCode}
        errors={state.ok ? undefined : state.fieldErrors?.joinCode}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}
