import "server-only";
import { TEACHER_SIGNUP_POLICIES } from "@quizdeck/db/user";
import proxyaddr from "proxy-addr";
import { z } from "zod";

/** Each entry of a comma-separated list, trimmed, empty ones dropped. */
const commaList = z
  .string()
  .default("")
  .transform((list) =>
    list
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );

/**
 * The web app's configuration, validated once at start-up. The database's own
 * variables (DATABASE_URL, QUIZDECK_DATA_DIR, QUIZDECK_DB_POOL_SIZE,
 * QUIZDECK_DEMO) are validated by @quizdeck/db.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Signs session cookies. `npm start` keeps one in .data/ outside production; required in production. */
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, "BETTER_AUTH_SECRET must be at least 32 characters")
    .optional(),
  /** The public origin, e.g. https://quiz.example.org; required in production (default http://localhost:$PORT). */
  QUIZDECK_ORIGIN: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Who may sign up as a teacher: open (default), invite (by a teacher's link), closed. */
  QUIZDECK_TEACHER_SIGNUP: z
    .enum(TEACHER_SIGNUP_POLICIES, {
      error: "QUIZDECK_TEACHER_SIGNUP must be open, invite or closed",
    })
    .default("open"),
  /**
   * The reverse proxies whose X-Forwarded-For is believed: IP addresses, CIDR
   * ranges, or proxy-addr's names (loopback, linklocal, uniquelocal). Default none.
   */
  QUIZDECK_TRUSTED_PROXIES: commaList.superRefine((entries, context) => {
    for (const entry of entries) {
      try {
        proxyaddr.compile(entry);
      } catch {
        context.addIssue({
          code: "custom",
          message: `QUIZDECK_TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR range or loopback/linklocal/uniquelocal`,
        });
      }
    }
  }),
});

function readEnv() {
  const parsed = envSchema.safeParse({
    ...process.env,
    // An empty variable means unset, as the shell and `env -u` both leave it.
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || undefined,
    QUIZDECK_ORIGIN: process.env.QUIZDECK_ORIGIN || undefined,
    QUIZDECK_TEACHER_SIGNUP: process.env.QUIZDECK_TEACHER_SIGNUP || undefined,
  });
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  }
  const env = parsed.data;
  // `next build` evaluates modules without serving anything: nothing is needed then.
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (env.NODE_ENV === "production" && !building) {
    const missing = (["BETTER_AUTH_SECRET", "QUIZDECK_ORIGIN"] as const).filter(
      (name) => !env[name],
    );
    if (missing.length > 0) {
      throw new Error(
        `${missing.join(" and ")} must be set in production (see README, "Configuration").`,
      );
    }
  }
  return {
    ...env,
    origin: env.QUIZDECK_ORIGIN
      ? new URL(env.QUIZDECK_ORIGIN).origin
      : `http://localhost:${env.PORT}`,
    authSecret: env.BETTER_AUTH_SECRET ?? "quizdeck-development-secret-not-for-production-use",
    teacherSignup: env.QUIZDECK_TEACHER_SIGNUP,
    trustedProxies: env.QUIZDECK_TRUSTED_PROXIES,
  };
}

export const env = readEnv();
