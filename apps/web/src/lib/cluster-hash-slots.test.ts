import { describe, expect, it } from "vitest";
import { hashSlotPool } from "../../serving/hash-slots.mjs";
import { clusterHashSlots, type PrimaryChannel } from "./cluster-hash-slots";

/** Two workers wired to one primary's pool of `total` slots, as server.mjs wires them. */
function cluster(total: number) {
  const listeners = new Map<string, (message: unknown) => void>();
  const pool = hashSlotPool<string>(total, (worker, id) =>
    queueMicrotask(() =>
      listeners.get(worker)?.({ type: "quizdeck:hash-slot", op: "granted", id }),
    ),
  );
  const channel = (worker: string): PrimaryChannel => ({
    send: (message) => {
      if (message.op === "acquire") pool.request(worker, message.id);
      else pool.release(worker);
    },
    onMessage: (listener) => listeners.set(worker, listener),
  });
  return { one: clusterHashSlots(channel("w1")), two: clusterHashSlots(channel("w2")), pool };
}

describe("clusterHashSlots (a worker's password hashes in the machine's slots)", () => {
  it("runs no more hashes at once across the workers than the machine's slots", async () => {
    const { one, two, pool } = cluster(1);
    let running = 0;
    let most = 0;
    const hash = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return "hashed";
    };
    const results = await Promise.all([one(hash), two(hash), one(hash), two(hash)]);
    expect(results).toEqual(["hashed", "hashed", "hashed", "hashed"]);
    expect(most).toBe(1);
    expect(pool.free).toBe(1);
  });

  it("gives the slot back when the hash fails", async () => {
    const { one, pool } = cluster(1);
    await expect(one(() => Promise.reject(new Error("scrypt failed")))).rejects.toThrow(
      "scrypt failed",
    );
    expect(pool.free).toBe(1);
  });
});
