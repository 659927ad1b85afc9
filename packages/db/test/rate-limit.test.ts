import { expect, it } from "vitest";
import {
  backoffDelaySeconds,
  consumeBackoffAttempt,
  resetBackoff,
} from "../src/server-only/rate-limit/consume-backoff-attempt.ts";
import { consumeRateLimit } from "../src/server-only/rate-limit/consume-rate-limit.ts";
import { pruneRateLimits } from "../src/server-only/rate-limit/prune-rate-limits.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";

const T0 = new Date("2026-05-01T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describeEachBackend("rate limits", (database) => {
  it("allows up to max per window, then says how long to wait, then resets", async () => {
    const rule = { windowSeconds: 60, max: 3 };
    for (let i = 0; i < 3; i++) {
      expect(await consumeRateLimit(database.db, "sign-in:ip:1", rule, at(i))).toEqual({
        allowed: true,
      });
    }
    expect(await consumeRateLimit(database.db, "sign-in:ip:1", rule, at(10))).toEqual({
      allowed: false,
      retryAfterSeconds: 50,
    });
    expect(await consumeRateLimit(database.db, "sign-in:ip:2", rule, at(10))).toEqual({
      allowed: true,
    });
    expect(await consumeRateLimit(database.db, "sign-in:ip:1", rule, at(61))).toEqual({
      allowed: true,
    });
  });

  it("does not let concurrent requests slip under the limit", async () => {
    const rule = { windowSeconds: 60, max: 5 };
    const verdicts = await Promise.all(
      Array.from({ length: 12 }, () => consumeRateLimit(database.db, "burst", rule, T0)),
    );
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(5);
  });
});

describeEachBackend("failure backoff", (database) => {
  const rule = {
    freeAttempts: 3,
    baseDelaySeconds: 2,
    maxDelaySeconds: 10,
    forgetAfterSeconds: 600,
  };

  it("lets the free attempts through, then doubles the wait up to the cap", async () => {
    expect([3, 4, 5, 6, 7].map((attempts) => backoffDelaySeconds(rule, attempts))).toEqual([
      2, 4, 8, 10, 10,
    ]);
    const key = "sign-in-account:a@example.test";
    for (let i = 0; i < 3; i++) {
      expect(await consumeBackoffAttempt(database.db, key, rule, at(i))).toEqual({ allowed: true });
    }
    expect(await consumeBackoffAttempt(database.db, key, rule, at(3))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(await consumeBackoffAttempt(database.db, key, rule, at(4))).toEqual({ allowed: true });
    // Four attempts made, the last at 4 s: the next waits 4 s.
    expect(await consumeBackoffAttempt(database.db, key, rule, at(5))).toEqual({
      allowed: false,
      retryAfterSeconds: 3,
    });
    expect(await consumeBackoffAttempt(database.db, key, rule, at(8))).toEqual({ allowed: true });
    expect(
      await consumeBackoffAttempt(database.db, "sign-in-account:b@example.test", rule, at(8)),
    ).toEqual({
      allowed: true,
    });
  });

  it("starts again after a success, or after a quiet spell", async () => {
    const key = "join-code:user-1";
    for (let i = 0; i < 3; i++) await consumeBackoffAttempt(database.db, key, rule, at(i));
    expect((await consumeBackoffAttempt(database.db, key, rule, at(3))).allowed).toBe(false);
    await resetBackoff(database.db, key);
    expect((await consumeBackoffAttempt(database.db, key, rule, at(3))).allowed).toBe(true);

    await consumeBackoffAttempt(database.db, key, rule, at(4));
    await consumeBackoffAttempt(database.db, key, rule, at(5));
    expect((await consumeBackoffAttempt(database.db, key, rule, at(5))).allowed).toBe(false);
    expect((await consumeBackoffAttempt(database.db, key, rule, at(5 + 600))).allowed).toBe(true);
  });

  it("lets only the free attempts of a concurrent burst through", async () => {
    const verdicts = await Promise.all(
      Array.from({ length: 12 }, () =>
        consumeBackoffAttempt(database.db, "burst-backoff", rule, T0),
      ),
    );
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(3);
  });
});

describeEachBackend("pruning the rate-limit table", (database) => {
  it("deletes the counters older than the longest limit and keeps the live ones", async () => {
    const rule = { windowSeconds: 60, max: 3 };
    await consumeRateLimit(database.db, "old-window", rule, at(0));
    await consumeBackoffAttempt(
      database.db,
      "old-backoff",
      { freeAttempts: 1, baseDelaySeconds: 1, maxDelaySeconds: 1, forgetAfterSeconds: 60 },
      at(10),
    );
    await consumeRateLimit(database.db, "live-window", rule, at(3590));
    const pruned = await pruneRateLimits(database.db, { olderThanSeconds: 3600, now: at(3615) });
    expect(pruned).toBe(2);
    const left = await database.db.rateLimit.findMany({ select: { key: true } });
    expect(left.map((row) => row.key)).toEqual(["quizdeck:live-window"]);
  });
});
