import { expect, it } from "vitest";
import { consumeRateLimit } from "../src/server-only/rate-limit/consume-rate-limit.ts";
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
