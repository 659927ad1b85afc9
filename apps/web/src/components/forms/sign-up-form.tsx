"use client";

import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/auth-actions";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { FieldError, FormMessage } from "./form-message";
import { TextField } from "./text-field";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, EMPTY_FORM_STATE);
  const role = state.values?.role ?? "student";
  const roleErrors = state.fieldErrors?.role;
  return (
    <form action={action} noValidate aria-describedby="sign-up-message">
      <FormMessage state={state} id="sign-up-message" />
      <TextField
        name="name"
        label="Name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
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
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters, and not a common password."
        errors={state.fieldErrors?.password}
      />
      <fieldset
        className="field"
        aria-describedby={roleErrors?.length ? "field-role-error" : undefined}
      >
        <legend>
          <strong>I am a</strong>
        </legend>
        <label>
          <input type="radio" name="role" value="student" defaultChecked={role === "student"} />{" "}
          Student
        </label>{" "}
        <label>
          <input type="radio" name="role" value="teacher" defaultChecked={role === "teacher"} />{" "}
          Teacher
        </label>
        <FieldError id="field-role-error" errors={roleErrors} />
      </fieldset>
      <button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
