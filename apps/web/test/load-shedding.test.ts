import { describe, expect, it } from "vitest";
import {
  expectedWaitMs,
  NEW_WORK_MAX_WAIT_MS,
  SHED_HEADER,
  shedDecision,
  shedLimits,
  shedReply,
  standingDelay,
  WORK_IN_PROGRESS_MAX_WAIT_MS,
} from "../serving/load-shedding.mjs";

const backlog = (expectedWaitMs: number) => ({
  waiting: 10,
  turnMs: expectedWaitMs / 10,
  expectedWaitMs,
});
const request = (method: string, url: string, headers: Record<string, string> = {}) => ({
  method,
  url,
  headers,
});

describe("shedDecision (which requests the embedded database refuses before any work)", () => {
  it("refuses nothing on PostgreSQL, which has no single queue", () => {
    expect(shedDecision(request("GET", "/assignments/a1"), null)).toBeNull();
  });

  it("refuses new work once a statement would wait longer than its limit", () => {
    const page = request("GET", "/assignments/a1");
    expect(shedDecision(page, backlog(NEW_WORK_MAX_WAIT_MS))).toBeNull();
    expect(shedDecision(page, backlog(NEW_WORK_MAX_WAIT_MS + 1))).toEqual({
      as: "page",
      retryAfterSeconds: 3,
    });
    expect(shedDecision(request("POST", "/api/auth/sign-in/email"), backlog(2500))).toMatchObject({
      as: "api",
    });
  });

  it("keeps taking answers, ratings and submits longer than new work", () => {
    const save = request("POST", "/api/attempts/a1/responses");
    expect(shedDecision(save, backlog(NEW_WORK_MAX_WAIT_MS * 2))).toBeNull();
    expect(shedDecision(save, backlog(WORK_IN_PROGRESS_MAX_WAIT_MS))).toBeNull();
    expect(shedDecision(save, backlog(WORK_IN_PROGRESS_MAX_WAIT_MS + 1))).toEqual({
      as: "api",
      retryAfterSeconds: 6,
    });
  });

  it("sends a server action on to its form, marked, rather than answering it here", () => {
    const action = request("POST", "/assignments/a1", { "next-action": "abc" });
    expect(shedDecision(action, backlog(3500))).toEqual({ as: "action", retryAfterSeconds: 4 });
    // The header alone passes nothing off as an action: a page read or an API call is refused here.
    const forgedPage = request("GET", "/home", { "next-action": "abc" });
    expect(shedDecision(forgedPage, backlog(3500))?.as).toBe("page");
    const forgedApi = request("POST", "/api/flashcards/reviews", { "next-action": "abc" });
    expect(shedDecision(forgedApi, backlog(9000))?.as).toBe("api");
  });

  it("never refuses the build's files or the liveness check", () => {
    for (const url of ["/_next/static/chunks/app.js", "/api/health"]) {
      expect(shedDecision(request("GET", url), backlog(60_000))).toBeNull();
    }
  });

  it("asks for a wait of the backlog, from one second up to thirty", () => {
    const page = request("GET", "/");
    expect(shedDecision(page, backlog(2001))?.retryAfterSeconds).toBe(3);
    expect(shedDecision(page, backlog(12_300))?.retryAfterSeconds).toBe(13);
    expect(shedDecision(page, backlog(600_000))?.retryAfterSeconds).toBe(30);
  });
});

describe("expectedWaitMs (what a request arriving now can expect to wait)", () => {
  it("is the longer of the database's queue and ten turns of the event loop", () => {
    expect(expectedWaitMs({ db: backlog(3000), loopDelayMs: 50 })).toBe(3000);
    expect(expectedWaitMs({ db: backlog(0), loopDelayMs: 300 })).toBe(3000);
    expect(expectedWaitMs({ db: null, loopDelayMs: 0 })).toBe(0);
  });
});

describe("standingDelay (the event loop's delay that has lasted)", () => {
  it("reads a delay that lasted through the last four windows, not one long task", () => {
    expect(standingDelay([0, 0, 2400, 0])).toBe(0);
    expect(standingDelay([300, 250, 410, 280])).toBe(250);
    expect(standingDelay([900, 300, 250, 410, 280])).toBe(250);
  });

  it("reads nothing until four windows have passed", () => {
    expect(standingDelay([800, 800, 800])).toBe(0);
  });
});

describe("shedLimits (QUIZDECK_SHED_AFTER_MS)", () => {
  it("keeps the measured defaults unless the operator sets the new-work limit", () => {
    expect(shedLimits({})).toEqual({
      newWork: NEW_WORK_MAX_WAIT_MS,
      inProgress: WORK_IN_PROGRESS_MAX_WAIT_MS,
    });
    expect(shedLimits({ QUIZDECK_SHED_AFTER_MS: "1000" })).toEqual({
      newWork: 1000,
      inProgress: 2500,
    });
  });

  it("refuses a value that is not a positive number, naming the variable", () => {
    for (const bad of ["0", "-5", "soon"]) {
      expect(() => shedLimits({ QUIZDECK_SHED_AFTER_MS: bad })).toThrow(/QUIZDECK_SHED_AFTER_MS/);
    }
  });
});

describe("shedReply", () => {
  it("answers the API with the error JSON every route uses, and Retry-After", () => {
    const reply = shedReply({ as: "api", retryAfterSeconds: 3 });
    expect(reply.status).toBe(503);
    expect(reply.headers).toMatchObject({ "retry-after": "3", [SHED_HEADER]: "1" });
    expect(JSON.parse(reply.body)).toEqual({
      error: {
        code: "BUSY",
        message: expect.stringContaining("nothing was saved") as unknown,
      },
    });
  });

  it("answers a page with one that loads itself again after the wait", () => {
    const reply = shedReply({ as: "page", retryAfterSeconds: 4 });
    expect(reply.status).toBe(503);
    expect(reply.headers["content-type"]).toContain("text/html");
    expect(reply.body).toContain('<meta http-equiv="refresh" content="4">');
  });
});
