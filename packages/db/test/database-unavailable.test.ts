import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../src/database-unavailable.ts";

/** Shaped as the driver adapter throws them: the mapped kind in `cause`. */
function adapterError(cause: Record<string, unknown>) {
  return Object.assign(new Error("driver adapter error"), { name: "DriverAdapterError", cause });
}

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1" })],
    ["a connection the server closed", adapterError({ kind: "ConnectionClosed" })],
    ["a full connection table", adapterError({ kind: "TooManyConnections", cause: "too many" })],
    [
      "an administrator shutdown (57P01)",
      adapterError({
        kind: "postgres",
        code: "57P01",
        message: "terminating connection due to administrator command",
      }),
    ],
    [
      "a server starting up (57P03)",
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
    ],
    [
      "a database refusing connections",
      adapterError({
        kind: "postgres",
        code: "55000",
        message: 'database "x" is not currently accepting connections',
      }),
    ],
    ["pg losing its socket", new Error("Connection terminated unexpectedly")],
    [
      "a pooled client whose connection broke (seen during a real restart)",
      new Error("Client has encountered a connection error and is not queryable"),
    ],
    [
      "a raw query whose connection was terminated mid-transaction (P2010, seen in the outage test)",
      Object.assign(new Error("Raw query failed. Code: `57P01`."), {
        name: "PrismaClientKnownRequestError",
        code: "P2010",
        meta: {
          driverAdapterError: {
            name: "DriverAdapterError",
            cause: { originalCode: "57P01", kind: "postgres", code: "57P01", severity: "FATAL" },
          },
        },
      }),
    ],
    [
      "a wrapped cause",
      new Error("outer", { cause: new Error("inner", { cause: { code: "08006" } }) }),
    ],
  ])("is true for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", adapterError({ kind: "UniqueConstraintViolation" })],
    ["a syntax error", adapterError({ kind: "postgres", code: "42601", message: "syntax error" })],
    [
      "another 55000 state",
      adapterError({
        kind: "postgres",
        code: "55000",
        message: "object not in prerequisite state",
      }),
    ],
    ["a plain fault", new TypeError("cannot read properties of undefined")],
    ["nothing", undefined],
    ["a string", "Connection terminated"],
  ])("is false for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
