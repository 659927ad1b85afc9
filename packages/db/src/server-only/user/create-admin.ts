import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { InvalidInputError, parseInput } from "../../errors.ts";
import { emailField, newPasswordField, personNameField } from "../../fields/account.ts";
import { hashPassword } from "./password-hashing.ts";

const createAdminSchema = z.object({
  email: emailField,
  name: personNameField.optional(),
  password: newPasswordField.optional(),
});

/**
 * The administrator's path, for `npm run admin:create` (shell access to the
 * server is the authorisation): makes a new administrator, a teacher who can
 * sign in with `password`, or promotes an existing account to administrator
 * and teacher without touching its password.
 */
export async function createAdmin(db: Db, options: z.input<typeof createAdminSchema>) {
  const { email, name, password } = parseInput(createAdminSchema, options);
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    const user = await db.user.update({
      where: { id: existing.id },
      data: { role: "teacher", admin: true },
    });
    return { user, created: false };
  }
  if (!name || !password) {
    throw new InvalidInputError("A new administrator needs a name and a password.", {
      ...(name ? {} : { name: ["Give the new administrator's name."] }),
      ...(password ? {} : { password: ["Give the new administrator's password."] }),
    });
  }
  const passwordHash = await hashPassword(password);
  const id = randomUUID();
  // One statement with its credential: an account without a password is never left behind.
  const user = await db.user.create({
    data: {
      id,
      email,
      name,
      role: "teacher",
      admin: true,
      accounts: {
        create: {
          id: randomUUID(),
          accountId: id,
          providerId: "credential",
          password: passwordHash,
        },
      },
    },
  });
  return { user, created: true };
}
