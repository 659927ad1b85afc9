import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const MODULE = pathToFileURL(
  join(import.meta.dirname, "..", "..", "scripts", "auth-secret.mjs"),
).href;

/** Runs `npm start`'s secret keeping on `dataDir`, as the script does, in a process of its own. */
function ensureAuthSecret(dataDir: string): string {
  const result = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `const { ensureAuthSecret } = await import(${JSON.stringify(MODULE)});
       process.stdout.write(ensureAuthSecret(${JSON.stringify(dataDir)}));`,
    ],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe("the local data directory and session secret", () => {
  it("makes the directory 0700 and the secret file 0600, and keeps the secret across starts", () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "quizdeck-data-")), ".data");
    const secret = ensureAuthSecret(dataDir);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, "auth-secret"))).toBe(0o600);
    expect(ensureAuthSecret(dataDir)).toBe(secret);
  });

  it("tightens a directory and a secret file left readable by others", () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "quizdeck-data-")), ".data");
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, "auth-secret"), "an-old-secret-of-more-than-32-characters", {
      mode: 0o644,
    });
    chmodSync(join(dataDir, "auth-secret"), 0o644);
    expect(ensureAuthSecret(dataDir)).toBe("an-old-secret-of-more-than-32-characters");
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, "auth-secret"))).toBe(0o600);
  });
});
