import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { requireUser } from "../user/require-user.ts";
import { generateJoinCode } from "./generate-join-code.ts";

export const classNameSchema = z
  .string()
  .trim()
  .min(1, "Give the class a name.")
  .max(80, "Class names can be at most 80 characters.");

const createClassSchema = z.object({ teacherId: z.string().min(1), name: classNameSchema });
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
