"use server";

import { getDb } from "@quizdeck/db";
import { consumeRateLimit } from "@quizdeck/db/server-only/rate-limit/consume-rate-limit";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth, MIN_PASSWORD_LENGTH, ROLES } from "@/lib/auth";
import { clientIp } from "@/lib/client-ip";
import { isCommonPassword } from "@/lib/common-passwords";
import type { FormState } from "@/lib/form-state";
import { safeReturnPath } from "@/lib/safe-return-path";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@school.org."));

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(128, "Use at most 128 characters.")
    .refine(
      (password) => !isCommonPassword(password),
      "That password is one of the most common ones. Choose something less guessable.",
    ),
  role: z.enum(ROLES, { error: "Choose whether you are a student or a teacher." }),
});

const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(128, "Use at most 128 characters."),
});

// Per address: stops a guessing script. Per account: short, so an attacker
// cannot keep a real user locked out for long.
const SIGN_IN_LIMITS = {
  ip: { windowSeconds: 60, max: 10 },
  account: { windowSeconds: 300, max: 10 },
};
const SIGN_UP_LIMIT = { windowSeconds: 3600, max: 20 };

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}

function homeFor(role: string): string {
  return role === "teacher" ? "/teach" : "/home";
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
    role: String(formData.get("role") ?? ""),
  };
  const values = { name: raw.name, email: raw.email, role: raw.role };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      message: "Please fix the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  const limit = await consumeRateLimit(getDb(), `sign-up:ip:${await clientIp()}`, SIGN_UP_LIMIT);
  if (!limit.allowed) {
    return {
      message: `Too many new accounts from this network. Try again in ${limit.retryAfterSeconds} seconds.`,
      values,
    };
  }
  try {
    await auth.api.signUpEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      // Said without confirming the account exists to anyone but its owner's inbox.
      const taken = /exist|already/i.test(error.message);
      return {
        message: taken
          ? "An account with this email may already exist. Sign in instead, or use another email."
          : error.message || "We could not create your account. Please try again.",
        values,
      };
    }
    throw error;
  }
  redirect(homeFor(parsed.data.role));
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = {
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
  };
  const values = { email: raw.email };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      message: "Please fix the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  const db = getDb();
  for (const [key, rule] of [
    [`sign-in:ip:${await clientIp()}`, SIGN_IN_LIMITS.ip],
    [`sign-in:account:${parsed.data.email}`, SIGN_IN_LIMITS.account],
  ] as const) {
    const verdict = await consumeRateLimit(db, key, rule);
    if (!verdict.allowed) {
      return {
        message: `Too many sign-in attempts. Try again in ${verdict.retryAfterSeconds} seconds.`,
        values,
      };
    }
  }
  let role = "student";
  try {
    const result = await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
    role = (result.user as { role?: string }).role ?? "student";
  } catch (error) {
    if (error instanceof APIError) {
      // The same words whether the email exists or not: no account enumeration.
      return { message: "That email and password do not match an account.", values };
    }
    throw error;
  }
  redirect(safeReturnPath(formData.get("returnTo")) ?? homeFor(role));
}

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}
