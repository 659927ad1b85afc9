import { randomUUID } from "node:crypto";
import type { Db } from "../../src/client/create-prisma-client.ts";

let counter = 0;

/** A user row as Better Auth would create it (no password: tests act by id). */
export async function createTestUser(db: Db, role: "student" | "teacher", name?: string) {
  counter += 1;
  const id = randomUUID();
  return db.user.create({
    data: {
      id,
      role,
      name: name ?? `${role} ${counter}`,
      email: `${role}-${counter}-${id.slice(0, 8)}@example.test`,
    },
  });
}

export function clientId(): string {
  return randomUUID();
}
