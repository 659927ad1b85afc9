import "server-only";
import { getDb } from "@quizdeck/db";
import { isCommonPassword, LIMITS, ROLES } from "@quizdeck/db/fields";
import { APIError, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/env";
import { hashPassword, verifyPassword } from "./password-hashing";

/**
 * Better Auth does accounts and sessions: scrypt password hashes (memory-hard,
 * computed natively off the main thread), HttpOnly SameSite=Lax session
 * cookies, and its own rate limiter stored in the database so limits hold
 * across app instances.
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
    password: { hash: hashPassword, verify: verifyPassword },
  },
  user: {
    additionalFields: {
      role: { type: "string", required: true, defaultValue: "student", input: true },
    },
  },
  session: {
    expiresIn: 60 * 60 * 24 * 14,
    updateAge: 60 * 60 * 24,
    cookieCache: { enabled: true, maxAge: 60 },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    modelName: "rateLimit",
    window: 60,
    max: 120,
    customRules: {
      "/sign-in/email": { window: 60, max: 5 },
      "/sign-up/email": { window: 60, max: 5 },
    },
  },
  advanced: {
    useSecureCookies: env.origin.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
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

export type Session = typeof auth.$Infer.Session;
