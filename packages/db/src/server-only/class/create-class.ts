import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { classNameField } from "../../fields/class.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { requireUser } from "../user/internal/require-user.ts";
import { generateJoinCode } from "./internal/generate-join-code.ts";

const createClassSchema = z.object({ teacherId: z.string().min(1), name: classNameField });
export type CreateClassOptions = z.input<typeof createClassSchema>;

const MAX_CODE_TRIES = 5;

export async function createClass(db: Db, options: CreateClassOptions) {
  const { teacherId, name } = parseInput(createClassSchema, options);
  await requireUser(db, teacherId, "teacher");
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.class.create({ data: { teacherId, name, joinCode: generateJoinCode() } });
    } catch (error) {
      const codeTaken =
        error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!codeTaken || attempt >= MAX_CODE_TRIES) throw error;
    }
  }
}
