"use client";

import { LIMITS } from "@quizdeck/db/limits";
import { createClassAction } from "@/lib/actions/class-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";

const LABELS = { name: "Class name" };

export function CreateClassForm() {
  const { state, formAction, pending, errorsFor, typedValue } = useFormAction(createClassAction);
  return (
    <form action={formAction} noValidate aria-describedby="create-class-message">
      <FormMessage state={state} id="create-class-message" labels={LABELS} />
      <TextField
        name="name"
        label={LABELS.name}
        maxLength={LIMITS.classNameMax}
        required
        defaultValue={typedValue("name")}
        errors={errorsFor("name")}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}
