"use client";

import { LIMITS } from "@quizdeck/db/limits";
import { renameClassAction } from "@/lib/actions/class-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";

const LABELS = { name: "Class name" };

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const { state, formAction, pending, errorsFor } = useFormAction(renameClassAction);
  return (
    <form action={formAction} noValidate aria-describedby="rename-class-message">
      <FormMessage state={state} id="rename-class-message" labels={LABELS} />
      <input type="hidden" name="classId" value={classId} />
      <TextField
        name="name"
        label={LABELS.name}
        maxLength={LIMITS.classNameMax}
        defaultValue={name}
        errors={errorsFor("name")}
      />
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Saving…" : "Rename class"}
      </button>
    </form>
  );
}
