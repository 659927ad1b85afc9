"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/actions/auth-actions";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { FormMessage } from "./form-message";
import { TextField } from "./text-field";

export function SignInForm({ returnTo }: { returnTo?: string | undefined }) {
  const [state, action, pending] = useActionState(signInAction, EMPTY_FORM_STATE);
  return (
    <form action={action} noValidate aria-describedby="sign-in-message">
      <FormMessage state={state} id="sign-in-message" />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
