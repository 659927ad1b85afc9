import "server-only";
import { z } from "zod";

/**
 * The web app's configuration, validated once at start-up. The database's own
 * variables (DATABASE_URL, QUIZDECK_DATA_DIR, QUIZDECK_DB_POOL_SIZE) are
 * validated by @quizdeck/db.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Signs session cookies. `npm start` creates one in .data/ when unset; required in production. */
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, "BETTER_AUTH_SECRET must be at least 32 characters")
    .optional(),
  /** The public origin, e.g. https://quiz.example.org (default http://localhost:$PORT). */
  QUIZDECK_ORIGIN: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

function readEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  }
  const env = parsed.data;
  // `next build` evaluates modules without serving anything: no secret needed then.
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (env.NODE_ENV === "production" && !env.BETTER_AUTH_SECRET && !building) {
    throw new Error("BETTER_AUTH_SECRET must be set in production (32+ random characters).");
  }
  return {
    ...env,
    origin: env.QUIZDECK_ORIGIN ?? `http://localhost:${env.PORT}`,
    authSecret: env.BETTER_AUTH_SECRET ?? "quizdeck-development-secret-not-for-production-use",
  };
}

export const env = readEnv();
