// The session-signing secret of a local (non-production) `npm start`, kept in
// the data directory so sessions survive restarts. Both are its owner's alone:
// the directory 0700 (it also holds the embedded database), the file 0600.
// Existing ones are tightened too, for installs made before this was enforced.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The directory, created if need be, readable and writable by its owner only. */
export function ensurePrivateDir(dir) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** The secret in `<dataDir>/auth-secret`, made on first use (384 random bits). */
export function ensureAuthSecret(dataDir) {
  ensurePrivateDir(dataDir);
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file))
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim();
}
