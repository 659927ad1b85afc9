"use client";

import { useActionState } from "react";
import { renameClassAction } from "@/lib/actions/teacher-actions";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const [state, action, pending] = useActionState(renameClassAction, EMPTY_FORM_STATE);
  return (
    <form action={action} noValidate aria-describedby="rename-class-message">
      <FormMessage state={state} id="rename-class-message" />
      <input type="hidden" name="classId" value={classId} />
      <TextField
        name="name"
        label="Class name"
        maxLength={80}
        defaultValue={name}
        errors={state.fieldErrors?.name}
      />
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Saving…" : "Rename class"}
      </button>
    </form>
  );
}
