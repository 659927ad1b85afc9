"use server";

import { ConflictError, ForbiddenError } from "@quizdeck/db/errors";
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
import { withClientAddress } from "@/server/http/auth-headers";
import { enforceRateLimit } from "@/server/http/rate-limit";
import { signInInTurn } from "@/server/http/sign-in-limits";

/** The request's headers as Better Auth gets them: with the client address we worked out. */
async function authHeaders(address: string): Promise<Headers> {
  return withClientAddress(await headers(), address);
}

const roleOf = (user: unknown) =>
  (user as { role?: string }).role === "teacher" ? ("teacher" as const) : ("student" as const);

export const signUpAction = defineAction({
  access: "public",
  input: z.object({
    name: personNameField,
    email: emailField,
    password: newPasswordField,
    /** Only a request: the server decides the role by the teacher sign-up policy. */
    role: roleField,
    /** The token of an invite link, when the page was opened from one. */
    invite: z.string().max(100).optional(),
  }),
  async handle({ input }) {
    const address = await clientIp();
    await enforceRateLimit(
      "sign-up-address",
      address,
      "Too many new accounts from this network. Try again in {seconds} seconds.",
    );
    let role: "student" | "teacher";
    try {
      const result = await auth.api.signUpEmail({
        body: input,
        headers: await authHeaders(address),
      });
      role = roleOf(result.user);
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      if (error.statusCode === 403) throw new ForbiddenError(error.message);
      // Said without confirming the account exists to anyone but its owner's inbox.
      throw new ConflictError(
        /exist|already/i.test(error.message)
          ? "An account with this email may already exist. Sign in instead, or use another email."
          : error.message || "We could not create your account. Please try again.",
      );
    }
    return { redirectTo: homeFor(role) };
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
    const address = await clientIp();
    const headers = await authHeaders(address);
    const role = await signInInTurn(
      { address, email: input.email },
      async () => {
        try {
          const result = await auth.api.signInEmail({
            body: { email: input.email, password: input.password },
            headers,
          });
          return roleOf(result.user);
        } catch (error) {
          if (!(error instanceof APIError)) throw error;
          // The same words whether the email exists or not: no account enumeration.
          throw new RequestError(
            "UNAUTHENTICATED",
            "That email and password do not match an account.",
          );
        }
      },
      // A wrong password throws above; a role means the password was right.
      () => true,
    );
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
