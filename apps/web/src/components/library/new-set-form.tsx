"use client";

import { LIMITS } from "@quizdeck/db/limits";
import { createLibrarySetAction } from "@/lib/actions/library-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";

export function NewSetForm() {
  const { state, formAction, pending, errorsFor, typedValue } =
    useFormAction(createLibrarySetAction);
  return (
    <form action={formAction} noValidate aria-describedby="new-set-message">
      <FormMessage state={state} id="new-set-message" labels={{ title: "Set title" }} />
      <TextField
        name="title"
        label="Set title"
        maxLength={LIMITS.librarySetTitleMax}
        defaultValue={typedValue("title")}
        errors={errorsFor("title")}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create set"}
      </button>
    </form>
  );
}
