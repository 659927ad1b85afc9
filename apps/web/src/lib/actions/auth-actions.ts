"use server";

import { ConflictError } from "@quizdeck/db/errors";
import {
  currentPasswordField,
  emailField,
  newPasswordField,
  personNameField,
  roleField,
} from "@quizdeck/db/fields";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { clientIp } from "@/lib/client-ip";
import { safeReturnPath } from "@/lib/safe-return-path";
import { homeFor } from "@/lib/session";
import { defineAction } from "@/server/action/define-action";
import { RequestError } from "@/server/errors/request-error";
import { enforceRateLimit } from "@/server/http/rate-limit";

const TOO_MANY_SIGN_INS = "Too many sign-in attempts. Try again in {seconds} seconds.";

export const signUpAction = defineAction({
  access: "public",
  input: z.object({
    name: personNameField,
    email: emailField,
    password: newPasswordField,
    role: roleField,
  }),
  async handle({ input }) {
    await enforceRateLimit(
      "sign-up-address",
      await clientIp(),
      "Too many new accounts from this network. Try again in {seconds} seconds.",
    );
    try {
      await auth.api.signUpEmail({ body: input, headers: await headers() });
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      // Said without confirming the account exists to anyone but its owner's inbox.
      throw new ConflictError(
        /exist|already/i.test(error.message)
          ? "An account with this email may already exist. Sign in instead, or use another email."
          : error.message || "We could not create your account. Please try again.",
      );
    }
    return { redirectTo: homeFor(input.role) };
  },
});

export const signInAction = defineAction({
  access: "public",
  input: z.object({
    email: emailField,
    password: currentPasswordField,
    returnTo: z.string().optional(),
  }),
  async handle({ input }) {
    await enforceRateLimit("sign-in-address", await clientIp(), TOO_MANY_SIGN_INS);
    await enforceRateLimit("sign-in-account", input.email, TOO_MANY_SIGN_INS);
    let role: "student" | "teacher" = "student";
    try {
      const result = await auth.api.signInEmail({
        body: { email: input.email, password: input.password },
        headers: await headers(),
      });
      role = (result.user as { role?: string }).role === "teacher" ? "teacher" : "student";
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      // The same words whether the email exists or not: no account enumeration.
      throw new RequestError("UNAUTHENTICATED", "That email and password do not match an account.");
    }
    return { redirectTo: safeReturnPath(input.returnTo) ?? homeFor(role) };
  },
});

export const signOutAction = defineAction({
  access: "public",
  input: z.object({}),
  async handle() {
    await auth.api.signOut({ headers: await headers() });
    return { redirectTo: "/" };
  },
});
