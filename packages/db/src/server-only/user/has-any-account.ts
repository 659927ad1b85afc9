import type { Db } from "../../client/create-prisma-client.ts";

/** Whether anyone has an account yet: the first one to sign up becomes the administrator. */
export async function hasAnyAccount(db: Db): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}
