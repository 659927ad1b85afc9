// What the cluster's primary (server.mjs) gives each worker it starts, apart
// from its own environment. Plain JavaScript, as server.mjs is: it runs before
// and outside the Next.js build.

/**
 * Threads per worker: the password hashes it runs at once (src/lib/password-queue.ts
 * keeps those to its share of the cores) plus libuv's default four for files,
 * name look-ups and the rest.
 */
const THREADS_BESIDE_HASHING = 4;

/**
 * The environment of one worker of `count` on a machine of `cores`:
 * its share of the cores for password hashing, a thread pool to match (unless
 * UV_THREADPOOL_SIZE is set), and the memory-fitting worker in one process
 * only (`fitter`): every process would otherwise run the start-up tick and
 * its nightly sweep, only for all but one to find the lease taken.
 * QUIZDECK_MEMORY_FITTING=off in the primary's environment still turns it off everywhere.
 */
export function workerEnv({ count, cores, fitter, env }) {
  const hashing = Math.max(1, Math.floor(cores / count));
  return {
    QUIZDECK_WORKERS: String(count),
    QUIZDECK_HASH_CONCURRENCY: String(hashing),
    UV_THREADPOOL_SIZE: env.UV_THREADPOOL_SIZE || String(hashing + THREADS_BESIDE_HASHING),
    QUIZDECK_MEMORY_FITTING: fitter ? env.QUIZDECK_MEMORY_FITTING || "on" : "off",
  };
}
