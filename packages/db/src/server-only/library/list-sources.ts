import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import type { SourceFormat } from "../../generated/prisma/client.ts";

const listSourcesSchema = z.object({ teacherId: z.string().min(1) });

/**
 * A teacher's sources, newest first, each with how many paragraphs it has: not
 * their text (up to 200,000 characters each), which `getSource` reads one at a time.
 */
export async function listSources(db: Db, options: z.input<typeof listSourcesSchema>) {
  const { teacherId } = parseInput(listSourcesSchema, options);
  return db.$queryRaw<
    { id: string; title: string; format: SourceFormat; createdAt: Date; paragraphs: number }[]
  >`
    SELECT id, title, format, "createdAt",
           jsonb_array_length(article -> 'paragraphs')::int AS paragraphs
      FROM "library_source"
     WHERE "teacherId" = ${teacherId}
     ORDER BY "createdAt" DESC`;
}
