import type { Db } from "../../../client/create-prisma-client.ts";
import { ForbiddenError, NotFoundError } from "../../../errors.ts";
import type { Role, User } from "../../../generated/prisma/client.ts";
import type { Tx } from "../../../transaction.ts";

/** Loads the acting user, optionally requiring a role. */
export async function requireUser(db: Db | Tx, userId: string, role?: Role): Promise<User> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("Your account no longer exists. Please sign in again.");
  if (role && user.role !== role) {
    throw new ForbiddenError(`Only ${role}s can do this.`);
  }
  return user;
}
