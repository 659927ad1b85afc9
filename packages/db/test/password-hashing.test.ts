import * as betterAuthCrypto from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../src/server-only/user/password-hashing.ts";

// Better Auth's JavaScript scrypt holds a core for a while, longer on a busy machine: its own budget.
describe("native password hashing", { timeout: 60_000 }, () => {
  it("verifies hashes Better Auth made (existing accounts keep working)", async () => {
    const hash = await betterAuthCrypto.hashPassword("correct horse battery");
    expect(await verifyPassword({ hash, password: "correct horse battery" })).toBe(true);
    expect(await verifyPassword({ hash, password: "correct horse batter" })).toBe(false);
  });

  it("makes hashes Better Auth verifies", async () => {
    const hash = await hashPassword("Ünïcode pässword");
    expect(await betterAuthCrypto.verifyPassword({ hash, password: "Ünïcode pässword" })).toBe(
      true,
    );
    expect(await verifyPassword({ hash, password: "Ünïcode pässword" })).toBe(true);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it.each(["", "no-colon", "abc:zz", "abc:1234"])(
    "refuses a malformed stored hash %j",
    async (hash) => {
      expect(await verifyPassword({ hash, password: "anything" })).toBe(false);
    },
  );
});
