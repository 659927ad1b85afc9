import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOAD_PASSWORD, plannedAnswers, seedLoadClass } from "../load/support/load-class.ts";
import { createLoadDatabase, type LoadDatabase } from "../load/support/load-database.ts";
import { attemptIdFrom } from "../load/support/simulate-student.ts";
import { type Exchange, StudentSession } from "../load/support/student-session.ts";
import { freePort, type ServerProcess, serveApp, serverEnv } from "./support/app-server.ts";
import { serverActionId } from "./support/server-actions.ts";

const STUDENTS = 8;
const isShed = (reply: Exchange) => reply.headers.get("x-quizdeck-shed") === "1";

/** Sends until the reply is not a shed one (a shed request is refused before it runs), waiting as told. */
async function untilTaken(send: () => Promise<Exchange>): Promise<Exchange> {
  let reply = await send();
  for (let tries = 0; tries < 30 && isShed(reply); tries++) {
    const seconds = Number(reply.headers.get("retry-after")) || 1;
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    reply = await send();
  }
  if (isShed(reply)) throw new Error(`shed 30 times in a row: ${reply.text}`);
  return reply;
}

/**
 * Load shedding on the embedded database, over HTTP: with the limit set to
 * 50 ms (QUIZDECK_SHED_AFTER_MS; the default, 2 s, is measured for a class, see
 * docs/benchmarks.md), so that an idle server takes requests and a burst does not, a burst of answers queues past it and the server
 * refuses the rest before they run, with 503 and Retry-After; each refused
 * answer, sent again, is stored exactly once, and none is stored unacknowledged.
 */
describe("load shedding on the embedded database", () => {
  let database: LoadDatabase | undefined;
  let server: ServerProcess | undefined;
  const students: { session: StudentSession; attemptId: string }[] = [];
  let assignmentId = "";

  beforeAll(async () => {
    database = await createLoadDatabase("pglite");
    const klass = await database.withPrisma((db) => seedLoadClass(db, STUDENTS));
    assignmentId = klass.assignmentId;
    const port = await freePort();
    server = await serveApp(
      serverEnv(`http://localhost:${port}`, {
        ...database.serverEnv,
        QUIZDECK_SHED_AFTER_MS: "50",
        QUIZDECK_MEMORY_FITTING: "off",
      }),
      port,
    );
    for (const [index, email] of klass.studentEmails.entries()) {
      const session = new StudentSession(server.baseUrl, `10.97.0.${index + 1}`);
      const signedIn = await untilTaken(() =>
        session.request("POST", "/api/auth/sign-in/email", {
          json: { email, password: LOAD_PASSWORD },
        }),
      );
      expect(signedIn.status).toBe(200);
      const started = await untilTaken(() =>
        session.callAction(serverActionId("startAssignmentAction"), { assignmentId }),
      );
      students.push({ session, attemptId: attemptIdFrom(started) });
    }
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("answers a shed server action with the form's own message and Retry-After, not a crash", async () => {
    const { session, attemptId } = students[0] ?? expect.unreachable("no student signed in");
    // Pages keep the process busy while the action arrives; until one is shed.
    let last: Exchange | undefined;
    for (let round = 0; round < 20; round++) {
      const busy = Array.from({ length: 20 }, () =>
        session.request("GET", `/attempts/${attemptId}/results`),
      );
      const action = await session.callAction(serverActionId("startAssignmentAction"), {
        assignmentId,
      });
      await Promise.all(busy);
      last = action;
      if (!isShed(action)) continue;
      expect(action.status).toBe(200);
      expect(Number(action.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(action.text).toContain("quizdeck is busy just now and did not do this.");
      return;
    }
    throw new Error(
      `no action was shed in 20 rounds; the last: ${last?.status} content-type ${last?.headers.get("content-type")} ${last?.text.slice(0, 300)}`,
    );
  }, 300_000);
  it("answers a shed page with a 503 page that loads itself again, and never fails one it takes", async () => {
    const { session } = students[0] ?? expect.unreachable("no student signed in");
    // Rounds of pages at once: the event loop's delay of one round sheds the next.
    const shed: Exchange[] = [];
    for (let round = 0; round < 20 && shed.length === 0; round++) {
      const replies = await Promise.all(
        Array.from({ length: 30 }, () => session.request("GET", `/assignments/${assignmentId}`)),
      );
      for (const reply of replies) {
        if (isShed(reply)) shed.push(reply);
        else expect(reply.status).toBe(200);
      }
    }
    expect(shed.length).toBeGreaterThan(0);
    for (const reply of shed) {
      expect(reply.status).toBe(503);
      expect(reply.headers.get("content-type")).toContain("text/html");
      expect(reply.text).toMatch(/<meta http-equiv="refresh" content="\d+">/);
    }
  }, 300_000);

  it("refuses answers past the limit with 503 and Retry-After, and stores each answer sent again exactly once", async () => {
    const saves = students.flatMap(({ session, attemptId }, index) =>
      plannedAnswers(index).map((answer, question) => ({
        send: () =>
          session.request("POST", `/api/attempts/${attemptId}/responses`, {
            json: { ...answer, clientId: `shed-${index}-${question}-abcdef`, revision: 1 },
          }),
      })),
    );
    // Answers all at once, once pages have kept the event loop late for a while (shedding
    // reads the delay that has lasted 2 s), and with more pages beside them.
    const pages = (count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, index) =>
          students[index % students.length]?.session.request("GET", `/assignments/${assignmentId}`),
        ),
      );
    for (let round = 0; round < 20; round++) {
      const replies = await pages(30);
      if (replies.some((reply) => reply && isShed(reply))) break;
    }
    const [first] = await Promise.all([Promise.all(saves.map(({ send }) => send())), pages(30)]);
    const shed = first.filter(isShed);
    expect(shed.length).toBeGreaterThan(0);
    for (const reply of shed) {
      expect(reply.status).toBe(503);
      expect(Number(reply.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(reply.json).toMatchObject({ error: { code: "BUSY" } });
    }
    expect(first.filter((reply) => !isShed(reply)).map((reply) => reply.status)).toEqual(
      first.filter((reply) => !isShed(reply)).map(() => 200),
    );
    // What the outbox does: send the refused ones again, with the same clientId.
    for (const [index, reply] of first.entries()) {
      if (!isShed(reply)) continue;
      const again = await untilTaken(() => saves[index]?.send() ?? Promise.reject());
      expect(again.status, again.text).toBe(200);
    }
    // The embedded database opens in one process at a time: the server's, until it stops.
    await server?.stop();
    const stored = await (database as LoadDatabase).withSql((sql) =>
      sql.query<{ clientId: string; copies: number }>(
        `SELECT "clientId", count(*)::int AS copies FROM response GROUP BY "clientId"`,
      ),
    );
    expect(stored).toHaveLength(saves.length);
    expect(stored.every((row) => row.copies === 1)).toBe(true);
  }, 300_000);
});
