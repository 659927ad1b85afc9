import { defineConfig } from "prisma/config";

// Prisma's CLI is used here only to generate the client and to write new
// migrations with `migrate diff` (see README). Applying migrations is the job of
// src/migrate/, which works on PGlite and on a PostgreSQL server alike.
//
// The schema's env("DATABASE_URL") must resolve even for the embedded database,
// or the CLI falls back to the native query engine and tries to download it.
process.env.DATABASE_URL ??= "postgresql://embedded.invalid/quizdeck";

export default defineConfig({
  experimental: { adapter: true },
  // The JS (Wasm) schema engine: the native one cannot be downloaded here.
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite());
  },
});
