import { z } from "zod";
import { isCommonPassword } from "./common-passwords.ts";
import { LIMITS } from "./limits.ts";

export const ROLES = ["student", "teacher"] as const;
export type Role = (typeof ROLES)[number];

export const personNameField = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(LIMITS.personNameMax, `Keep your name under ${LIMITS.personNameMax} characters.`);

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(LIMITS.emailMax, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@school.org."));

/** A new password: long enough and not one of the most common ones. */
export const newPasswordField = z
  .string()
  .min(LIMITS.passwordMin, `Use at least ${LIMITS.passwordMin} characters.`)
  .max(LIMITS.passwordMax, `Use at most ${LIMITS.passwordMax} characters.`)
  .refine(
    (password) => !isCommonPassword(password),
    "That password is one of the most common ones. Choose something less guessable.",
  );

/** A password typed to sign in: only its size is checked before it is verified. */
export const currentPasswordField = z
  .string()
  .min(1, "Enter your password.")
  .max(LIMITS.passwordMax, `Use at most ${LIMITS.passwordMax} characters.`);

export const roleField = z.enum(ROLES, { error: "Choose whether you are a student or a teacher." });
