import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/**
 * The password hash of every account, used by Better Auth (sign-up, sign-in)
 * and by `npm run admin:create`, which works without the web server. It is
 * Better Auth's own scheme computed by Node's native scrypt: the same
 * parameters (N 16384, r 16, p 1, 64-byte key) and the same stored form
 * ("salt:key" in hex), so existing hashes keep working. Better Auth's
 * implementation is pure JavaScript on the main thread (about 160 ms per
 * sign-in here), which stalls every other request while a class signs in;
 * the native one runs on libuv's thread pool.
 */
const KEY_LENGTH = 64;
const COST = { N: 16_384, r: 16, p: 1, maxmem: 64 * 1024 * 1024 };

function deriveKey(password: string, salt: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, COST, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16).toString("hex");
  const key = await deriveKey(password, salt);
  return `${salt}:${key.toString("hex")}`;
}

export async function verifyPassword({ hash, password }: { hash: string; password: string }) {
  const [salt, stored] = hash.split(":");
  if (!salt || !stored || !/^[0-9a-f]+$/i.test(stored)) return false;
  const expected = Buffer.from(stored, "hex");
  if (expected.length !== KEY_LENGTH) return false;
  return timingSafeEqual(await deriveKey(password, salt), expected);
}
