import { describe, expect, it } from "vitest";
import { isPastAbsoluteTimeout, SESSION_POLICY } from "./sessions";

describe("session lifetimes", () => {
  it("ends an active session at the absolute limit, however recently it was used", () => {
    const signedIn = new Date("2026-10-01T08:00:00Z");
    const limit = SESSION_POLICY.absoluteTimeoutSeconds * 1000;
    expect(isPastAbsoluteTimeout(signedIn, new Date(signedIn.getTime() + limit - 1000))).toBe(
      false,
    );
    expect(isPastAbsoluteTimeout(signedIn, new Date(signedIn.getTime() + limit))).toBe(true);
  });

  it("keeps the idle limit shorter than the absolute one, and refreshes well within it", () => {
    expect(SESSION_POLICY.idleTimeoutSeconds).toBeLessThan(SESSION_POLICY.absoluteTimeoutSeconds);
    expect(SESSION_POLICY.refreshAfterSeconds).toBeLessThan(SESSION_POLICY.idleTimeoutSeconds / 10);
  });
});
