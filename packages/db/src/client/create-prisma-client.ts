import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { DatabaseTarget } from "./database-target.ts";
import { openPglite } from "./pglite-instances.ts";

export type Db = PrismaClient;

export function createPrismaClient(target: DatabaseTarget): Db {
  if (target.kind === "pglite") {
    return new PrismaClient({ adapter: new PrismaPGlite(openPglite(target.dataDir)) });
  }
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: target.url, max: target.poolSize }),
  });
}
