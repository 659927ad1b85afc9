import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

/**
 * PGlite runs inside one process; two processes opening one data directory
 * corrupt it. A pid file next to the data guards it: a second process gets a
 * clear error instead, and a lock left by a crashed process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      process.once("exit", release);
      return () => {
        process.removeListener("exit", release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockPath, "utf8"));
      if (holder === process.pid || !outlivesWait(holder)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      throw new Error(
        `The embedded database at ${dataDir} is in use by process ${holder}. Stop that process (is the app running?) and try again, or set DATABASE_URL to use a PostgreSQL server.`,
      );
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}.`);
}

/** How long a start waits for the last holder to go: a worker whose primary was killed exits when it notices. */
const HOLDER_EXIT_WAIT_MS = 15_000;

/** Whether `pid` is still alive after waiting up to HOLDER_EXIT_WAIT_MS for it to exit. */
function outlivesWait(pid: number): boolean {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + HOLDER_EXIT_WAIT_MS;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return true;
    Atomics.wait(sleeper, 0, 0, 100);
  }
  return false;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** An exited process nobody has reaped yet (Linux's /proc; elsewhere assumed not). */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}
