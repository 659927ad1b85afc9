import "server-only";
import { getDb, isClientGone } from "@quizdeck/db";
import { ForbiddenError, InvalidInputError, isDatabaseUnavailable } from "@quizdeck/db/errors";
import { isCommonPassword, LIMITS, ROLES } from "@quizdeck/db/fields";
import { decideSignUpRole } from "@quizdeck/db/user";
import { APIError, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/env";
import { rememberAuthFailure } from "@/server/http/auth-failures";
import { CLIENT_IP_HEADER } from "@/server/http/auth-headers";
import { SESSION_POLICY } from "@/server/policy/sessions";
import { queuedPasswords } from "./password-queue";

/**
 * Better Auth does accounts and sessions: scrypt password hashes (memory-hard,
 * computed natively off the main thread, queued per core), HttpOnly SameSite=Lax session
 * cookies. What it must not decide alone is ours: the role of a new account
 * (by the teacher sign-up policy, never by the request), the rate limits (the
 * auth route and the sign-in action apply ours, keyed on an address no client
 * can forge, so Better Auth's own limiter is off), and the session lifetimes.
 */
export const auth = betterAuth({
  appName: "quizdeck",
  baseURL: env.origin,
  secret: env.authSecret,
  database: prismaAdapter(getDb(), { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: LIMITS.passwordMin,
    maxPasswordLength: LIMITS.passwordMax,
    autoSignIn: true,
    password: queuedPasswords,
  },
  user: {
    additionalFields: {
      // input: false: a request that sets either is refused (update-user) or
      // ignored (sign-up, where the role asked for is only read by the hook below).
      role: { type: "string", required: true, defaultValue: "student", input: false },
      admin: { type: "boolean", required: true, defaultValue: false, input: false },
      // The browser's zone, stored by keepTimeZone (src/lib/time-zone.ts), read with the session at no cost.
      timeZone: { type: "string", required: false, input: false },
    },
  },
  databaseHooks: {
    user: {
      create: {
        async before(user, context) {
          const body = (context?.body ?? {}) as { role?: unknown; invite?: unknown };
          const decision = await asApiError(() =>
            decideSignUpRole(getDb(), {
              policy: env.teacherSignup,
              requestedRole: body.role === "teacher" ? "teacher" : "student",
              email: user.email,
              ...(typeof body.invite === "string" ? { inviteToken: body.invite } : {}),
            }),
          );
          return { data: { ...user, ...decision } };
        },
      },
    },
  },
  session: {
    expiresIn: SESSION_POLICY.idleTimeoutSeconds,
    updateAge: SESSION_POLICY.refreshAfterSeconds,
    cookieCache: { enabled: true, maxAge: SESSION_POLICY.cookieCacheSeconds },
  },
  rateLimit: { enabled: false },
  onAPIError: {
    // The cause of a failure, for the route to answer a database that is away as a 503
    // (server/http/auth-failures.ts). Given this hook, Better Auth logs nothing itself:
    // what it would have logged is logged here, apart from what the route answers.
    onError(error) {
      rememberAuthFailure(error);
      if (isDatabaseUnavailable(error) || isClientGone(error)) return;
      if (error instanceof APIError && error.status !== "INTERNAL_SERVER_ERROR") return;
      console.error(error);
    },
  },
  advanced: {
    useSecureCookies: env.origin.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-up/email") return;
      const body = ctx.body as { password?: unknown; role?: unknown } | undefined;
      if (typeof body?.password === "string" && isCommonPassword(body.password)) {
        throw new APIError("BAD_REQUEST", {
          message: "That password is one of the most common ones. Choose something less guessable.",
        });
      }
      if (!ROLES.includes(body?.role as (typeof ROLES)[number])) {
        throw new APIError("BAD_REQUEST", {
          message: "Choose whether you are a student or a teacher.",
        });
      }
    }),
  },
  plugins: [nextCookies()],
});

/** The store's refusals as Better Auth's, so its endpoint answers 403 or 400 with our words. */
async function asApiError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ForbiddenError)
      throw new APIError("FORBIDDEN", { message: error.message });
    if (error instanceof InvalidInputError) {
      throw new APIError("BAD_REQUEST", { message: error.message });
    }
    throw error;
  }
}

export type Session = typeof auth.$Infer.Session;
