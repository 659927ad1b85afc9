import { describe, expect, it } from "vitest";
import { hashingSlots, hashSlotPool } from "../serving/hash-slots.mjs";

describe("hashingSlots (password hashes at once on the whole machine)", () => {
  it("leaves one core to the requests, and hashes on one core at least", () => {
    expect(hashingSlots(1)).toBe(1);
    expect(hashingSlots(2)).toBe(1);
    expect(hashingSlots(4)).toBe(3);
    expect(hashingSlots(16)).toBe(15);
  });
});

describe("hashSlotPool (the primary lending the slots to its workers)", () => {
  it("lends no more slots than it has across workers, first come first served", () => {
    const granted: string[] = [];
    const pool = hashSlotPool<string>(1, (worker, id) => granted.push(`${worker}:${id}`));
    pool.request("w1", "a");
    pool.request("w2", "b");
    pool.request("w1", "c");
    expect(granted).toEqual(["w1:a"]);
    pool.release("w1");
    expect(granted).toEqual(["w1:a", "w2:b"]);
    pool.release("w2");
    expect(granted).toEqual(["w1:a", "w2:b", "w1:c"]);
    pool.release("w1");
    expect(pool.free).toBe(1);
  });

  it("takes back a dead worker's slots and drops its requests", () => {
    const granted: string[] = [];
    const pool = hashSlotPool<string>(2, (worker, id) => granted.push(`${worker}:${id}`));
    pool.request("w1", "a");
    pool.request("w1", "b");
    pool.request("w1", "c");
    pool.request("w2", "d");
    pool.forget("w1");
    expect(granted).toEqual(["w1:a", "w1:b", "w2:d"]);
    expect(pool.free).toBe(1);
  });

  it("ignores a release from a worker holding nothing", () => {
    const pool = hashSlotPool<string>(1, () => {});
    pool.release("w1");
    expect(pool.free).toBe(1);
  });
});
