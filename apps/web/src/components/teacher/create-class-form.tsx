"use client";

import { useActionState } from "react";
import { createClassAction } from "@/lib/actions/teacher-actions";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";

export function CreateClassForm() {
  const [state, action, pending] = useActionState(createClassAction, EMPTY_FORM_STATE);
  return (
    <form action={action} noValidate aria-describedby="create-class-message">
      <FormMessage state={state} id="create-class-message" />
      <TextField
        name="name"
        label="Class name"
        maxLength={80}
        required
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}
