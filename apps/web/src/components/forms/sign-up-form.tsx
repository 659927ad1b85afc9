"use client";

import { LIMITS } from "@quizdeck/db/limits";
import { signUpAction } from "@/lib/actions/auth-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FieldError, FormMessage } from "./form-message";
import { TextField } from "./text-field";

/**
 * `roles`: "choice" offers student or teacher; "student" or "teacher" sends that
 * one without asking (the page says why). The server decides the role anyway.
 */
export function SignUpForm({
  roles,
  invite,
}: {
  roles: "choice" | "student" | "teacher";
  invite?: string | undefined;
}) {
  const { state, formAction, pending, errorsFor, typedValue } = useFormAction(signUpAction);
  const role = typedValue("role") ?? "student";
  const roleErrors = errorsFor("role");
  return (
    <form action={formAction} noValidate aria-describedby="sign-up-message">
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      <FormMessage
        state={state}
        id="sign-up-message"
        labels={{ name: "Name", email: "Email", password: "Password", role: "I am a" }}
      />
      <TextField
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={LIMITS.personNameMax}
        defaultValue={typedValue("name")}
        errors={errorsFor("name")}
      />
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
        autoComplete="new-password"
        required
        minLength={LIMITS.passwordMin}
        maxLength={LIMITS.passwordMax}
        hint={`At least ${LIMITS.passwordMin} characters, and not a common password.`}
        errors={errorsFor("password")}
      />
      {roles !== "choice" ? <input type="hidden" name="role" value={roles} /> : null}
      {roles === "choice" ? (
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
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
