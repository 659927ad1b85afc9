// Password hashing slots shared by the whole cluster. A native scrypt holds a
// core for about 115 ms; with one hash per core, a class signing in took both
// cores of a 2-core machine and students already answering waited behind
// them (answer-save p95 619 ms at 1,000 students, docs/benchmarks.md). So the
// machine hashes on one core fewer than it has, whatever the worker count:
// the primary holds the slots, and a worker asks it for one per hash (a
// message each way, well under a millisecond beside 115 ms of scrypt).
// Plain JavaScript, as server.mjs is.

/** Password hashes at once on the whole machine: one core stays with the requests. */
export function hashingSlots(cores) {
  return Math.max(1, cores - 1);
}

/** The message type of the slot protocol between a worker and the primary. */
export const HASH_SLOT_MESSAGE = "quizdeck:hash-slot";

/**
 * The primary's side: `total` slots handed out first come first served.
 * `request(worker, id)` when a worker asks, `release(worker, id)` when it is
 * done, `forget(worker)` when it died (its slots go to the next in line).
 * `grant(worker, id)` is called when a request gets its slot.
 */
export function hashSlotPool(total, grant) {
  let free = total;
  const waiting = [];
  const held = new Map();
  const next = () => {
    while (free > 0 && waiting.length > 0) {
      const { worker, id } = waiting.shift();
      free -= 1;
      held.set(worker, (held.get(worker) ?? 0) + 1);
      grant(worker, id);
    }
  };
  return {
    request(worker, id) {
      waiting.push({ worker, id });
      next();
    },
    release(worker) {
      const count = held.get(worker) ?? 0;
      if (count === 0) return;
      if (count === 1) held.delete(worker);
      else held.set(worker, count - 1);
      free += 1;
      next();
    },
    forget(worker) {
      for (let i = waiting.length - 1; i >= 0; i--) {
        if (waiting[i].worker === worker) waiting.splice(i, 1);
      }
      free += held.get(worker) ?? 0;
      held.delete(worker);
      next();
    },
    /** Slots free now (for tests). */
    get free() {
      return free;
    },
  };
}
