import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_POSTGRES_URL } from "../../packages/db/test/support/postgres-url.ts";
import { LOAD_PASSWORD, plannedAnswers, seedLoadClass } from "../load/support/load-class.ts";
import {
  type BackendName,
  createLoadDatabase,
  type LoadDatabase,
} from "../load/support/load-database.ts";
import { attemptIdFrom } from "../load/support/simulate-student.ts";
import { StudentSession } from "../load/support/student-session.ts";
import { freePort, type ServerProcess, serveApp, serverEnv } from "./support/app-server.ts";
import { serverActionId } from "./support/server-actions.ts";

const backends: BackendName[] = ["pglite", ...(TEST_POSTGRES_URL ? ["postgres" as const] : [])];

/** Statements per answer saved with immediate feedback (packages/db/test/answer-save-statements.test.ts lists them). */
const STATEMENTS_PER_SAVE = 5;

/**
 * The answer path's cost on the real server, counted in the statements it
 * logs (QUIZDECK_LOG_SQL=1): each save runs its own transaction straight on
 * the driver and nothing else, with no query for the session (the signed
 * cookie cache vouches for it) and none through Prisma; a refused save runs none.
 */
describe.each(backends)("the answer path's queries on the running server (%s)", (backend) => {
  let database: LoadDatabase | undefined;
  let server: ServerProcess | undefined;
  let session: StudentSession;
  let attemptId = "";

  beforeAll(async () => {
    database = await createLoadDatabase(backend, TEST_POSTGRES_URL);
    const klass = await database.withPrisma((db) => seedLoadClass(db, 1));
    const port = await freePort();
    server = await serveApp(
      serverEnv(`http://localhost:${port}`, {
        ...database.serverEnv,
        QUIZDECK_LOG_SQL: "1",
        QUIZDECK_WORKERS: "1",
        // The background fitting worker's own statements would land in the count.
        QUIZDECK_MEMORY_FITTING: "off",
      }),
      port,
    );
    session = new StudentSession(server.baseUrl, "10.98.0.1");
    const email = klass.studentEmails[0] ?? "";
    expect(
      (
        await session.request("POST", "/api/auth/sign-in/email", {
          json: { email, password: LOAD_PASSWORD },
        })
      ).status,
    ).toBe(200);
    const started = await session.callAction(serverActionId("startAssignmentAction"), {
      assignmentId: klass.assignmentId,
    });
    attemptId = attemptIdFrom(started);
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  /** The statements the server logged while `work` ran. */
  async function statementsDuring(work: () => Promise<void>): Promise<string[]> {
    const running = server as ServerProcess;
    const from = running.output().length;
    await work();
    // The log line is written before the reply; give the pipe a moment all the same.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return running
      .output()
      .slice(from)
      .split("\n")
      .filter((line) => line.startsWith("[sql "));
  }

  it("saves each answer in its own statements on the driver, with no session query", async () => {
    const answers = plannedAnswers(0).slice(0, 3);
    const statements = await statementsDuring(async () => {
      for (const [index, answer] of answers.entries()) {
        const reply = await session.request("POST", `/api/attempts/${attemptId}/responses`, {
          json: { ...answer, clientId: `queries-test-${index}-abcdef`, revision: 1 },
        });
        expect(reply.status, reply.text).toBe(200);
      }
    });
    expect(statements.filter((line) => line.startsWith("[sql prisma]"))).toEqual([]);
    // A session lookup reads the session, account or user tables; the save's own statements
    // only read the learner's time zone in a sub-select (apply-review).
    const sessionLookup = (line: string) =>
      /"(session|account)"/.test(line) ||
      /^\[sql \w+\] SELECT\b[^(]*?FROM "(public"\.")?user"/.test(line);
    expect(statements.filter(sessionLookup)).toEqual([]);
    expect(statements).toHaveLength(answers.length * STATEMENTS_PER_SAVE);
  });

  it("is answered before Next.js's router, with the headers next.config gives every reply", async () => {
    const reply = await session.request("POST", `/api/attempts/${attemptId}/responses`, {
      json: { questionId: "q" },
    });
    expect(reply.status).toBe(422);
    expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
    expect(reply.headers.get("x-frame-options")).toBe("DENY");
    expect(reply.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(reply.headers.get("cache-control")).toBe("no-store");
    // Next.js's router adds this to every reply it routes; serving/direct-routes.mjs does not.
    expect(reply.headers.get("vary") ?? "").not.toContain("rsc");
  });

  it("refuses a path that is not valid percent-encoding (400) before the direct route decodes it, and stays up", async () => {
    const reply = await session.request("POST", "/api/attempts/%E0%A4%A/responses", {
      json: { questionId: "q" },
    });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      error: { code: "BAD_REQUEST", message: "That address is not valid." },
    });
    const next = await session.request("POST", `/api/attempts/${attemptId}/responses`, {
      json: { questionId: "q" },
    });
    expect(next.status).toBe(422);
  });

  it("refuses a malformed answer without a single query", async () => {
    const statements = await statementsDuring(async () => {
      const reply = await session.request("POST", `/api/attempts/${attemptId}/responses`, {
        json: { questionId: "q" },
      });
      expect(reply.status).toBe(422);
    });
    expect(statements).toEqual([]);
  });
});
