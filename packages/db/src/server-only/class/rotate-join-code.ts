import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { generateJoinCode } from "./internal/generate-join-code.ts";
import { requireOwnClass } from "./internal/require-own-class.ts";

const rotateJoinCodeSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
});

const MAX_CODE_TRIES = 5;

/**
 * Gives a teacher's own class a new join code, so the old code and link stop
 * working (a code that leaked, or a class that is full). Students already in
 * the class stay in it.
 */
export async function rotateJoinCode(db: Db, options: z.input<typeof rotateJoinCodeSchema>) {
  const { teacherId, classId } = parseInput(rotateJoinCodeSchema, options);
  const klass = await requireOwnClass(db, teacherId, classId);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.class.update({
        where: { id: klass.id },
        data: { joinCode: generateJoinCode() },
      });
    } catch (error) {
      const codeTaken =
        error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!codeTaken || attempt >= MAX_CODE_TRIES) throw error;
    }
  }
}
