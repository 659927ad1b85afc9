"use client";

import { LIMITS } from "@quizdeck/db/limits";
import { signInAction } from "@/lib/actions/auth-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormMessage } from "./form-message";
import { TextField } from "./text-field";

export function SignInForm({ returnTo }: { returnTo?: string | undefined }) {
  const { state, formAction, pending, errorsFor, typedValue } = useFormAction(signInAction);
  return (
    <form action={formAction} noValidate aria-describedby="sign-in-message">
      <FormMessage
        state={state}
        id="sign-in-message"
        labels={{ email: "Email", password: "Password" }}
      />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        maxLength={LIMITS.emailMax}
        defaultValue={typedValue("email")}
        errors={errorsFor("email")}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={LIMITS.passwordMax}
        errors={errorsFor("password")}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
