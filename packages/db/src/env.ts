import { z } from "zod";

/**
 * The store's configuration, validated once. An invalid value stops start-up
 * with a message naming the variable instead of failing on the first query.
 */
const envSchema = z.object({
  /** postgresql://… selects a PostgreSQL server; unset selects embedded PGlite. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgresql:// URL" })
    .optional(),
  /** Where embedded PGlite keeps its files (default: .data/pglite at the repo root). */
  QUIZDECK_DATA_DIR: z.string().min(1).optional(),
  /** Connections in the PostgreSQL pool of each app process. */
  QUIZDECK_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** "1" lets `npm start` seed the demo data even when NODE_ENV=production. */
  QUIZDECK_DEMO: z.enum(["0", "1"], { error: 'QUIZDECK_DEMO must be "0" or "1"' }).default("0"),
  /** "1" prints every statement the app sends, marked [sql prisma] or [sql driver]: diagnostics. */
  QUIZDECK_LOG_SQL: z
    .enum(["0", "1"], { error: 'QUIZDECK_LOG_SQL must be "0" or "1"' })
    .default("0"),
  NODE_ENV: z.string().optional(),
});

export type DbEnv = z.infer<typeof envSchema>;

export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = envSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    QUIZDECK_DATA_DIR: source.QUIZDECK_DATA_DIR || undefined,
    QUIZDECK_DB_POOL_SIZE: source.QUIZDECK_DB_POOL_SIZE || undefined,
    QUIZDECK_DEMO: source.QUIZDECK_DEMO || undefined,
    QUIZDECK_LOG_SQL: source.QUIZDECK_LOG_SQL || undefined,
    NODE_ENV: source.NODE_ENV || undefined,
  });
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new Error(`Invalid database configuration: ${details}`);
  }
  return parsed.data;
}
