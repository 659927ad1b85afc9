"use client";

import { joinClassAction } from "@/lib/actions/class-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";

const LABELS = { joinCode: "Class join code" };

export function JoinClassForm({ initialCode }: { initialCode?: string | undefined }) {
  const { state, formAction, pending, errorsFor, typedValue } = useFormAction(joinClassAction);
  return (
    <form action={formAction} noValidate aria-describedby="join-class-message">
      <FormMessage state={state} id="join-class-message" labels={LABELS} />
      <TextField
        name="joinCode"
        label={LABELS.joinCode}
        hint="7 letters and digits, from your teacher. Case and spaces do not matter."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        defaultValue={typedValue("joinCode") ?? initialCode}
        errors={errorsFor("joinCode")}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}
