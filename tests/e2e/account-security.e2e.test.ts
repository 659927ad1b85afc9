import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readActionReply } from "./support/action-reply.ts";
import { ROOT, type RunningApp, serverEnv, startApp } from "./support/app-server.ts";
import { DEMO_PASSWORD, DEMO_STUDENT, DEMO_TEACHER } from "./support/browser-test.ts";
import { FORM_DATA, HttpClient, type HttpClientOptions } from "./support/http-client.ts";
import { runProcess } from "./support/run-process.ts";
import { serverActionId } from "./support/server-actions.ts";

/**
 * Account security, tried from outside as an attacker would, over HTTP: each
 * hole of issue #11's "Accounts" half and its variants. Besides the run's
 * shared server (open teacher sign-up; it trusts its loopback peer as a
 * proxy, as the test clients act as one), two servers of this file's own:
 * "invite" (QUIZDECK_TEACHER_SIGNUP=invite, no trusted proxy, production:
 * no demo data) and "closed" (closed sign-up, an https origin, an
 * administrator made by `npm run admin:create` before it started).
 */

const PASSWORD = "Correct-Horse-Battery-9";
/** The policy's numbers (README, "Security"): failed sign-ins before the backoff, its cap. */
const FREE_SIGN_IN_FAILURES = 5;
const MAX_BACKOFF_SECONDS = 60;
const SIGN_IN_PER_ADDRESS_PER_MINUTE = 10;
const FREE_WRONG_JOIN_CODES = 5;
const IDLE_TIMEOUT_SECONDS = 3 * 24 * 3600;

const stamp = Date.now();
let accounts = 0;
const freshEmail = (what: string) => `${what}-${stamp}-${++accounts}@example.test`;

/** Loopback addresses of their own (127.x.y.z): separate TCP peers, as separate machines are. */
const LOOPBACK_NET = 2 + Math.floor(Math.random() * 250);
let peers = 0;
const freshPeer = () => `127.${LOOPBACK_NET}.${Math.floor(++peers / 250)}.${(peers % 250) + 1}`;

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function signUp(
  client: HttpClient,
  body: Record<string, unknown>,
): Promise<{ status: number; text: string }> {
  const response = await client.post("/api/auth/sign-up/email", {
    name: "Test Person",
    email: freshEmail("person"),
    password: PASSWORD,
    ...body,
  });
  return { status: response.status, text: await response.text() };
}

/** Where a response sends the browser, resolved as a browser would (tabs and newlines dropped). */
function landing(location: string | null, baseUrl: string): URL {
  return new URL(location ?? "/", baseUrl);
}

async function isTeacher(client: HttpClient): Promise<boolean> {
  const response = await client.get("/teach");
  return response.status === 200;
}

async function callAction(client: HttpClient, name: string, fields: Record<string, string>) {
  return readActionReply(await client.callAction(serverActionId(name), [{}, FORM_DATA], fields));
}

function retryAfterIn(message: string | null): number {
  const seconds = /(\d+) seconds?/.exec(message ?? "")?.[1];
  if (!seconds) throw new Error(`no wait in ${JSON.stringify(message)}`);
  return Number(seconds);
}

let invite: RunningApp;
const atInvite = (options: HttpClientOptions = {}) =>
  new HttpClient({ baseUrl: invite.baseUrl, localAddress: freshPeer(), ...options });

/** The first account on the invite server's empty instance: it asked only to be a student. */
let firstAccount: HttpClient;
let firstSignUpStatus = 0;

beforeAll(async () => {
  invite = await startApp({
    NODE_ENV: "production",
    QUIZDECK_TEACHER_SIGNUP: "invite",
    QUIZDECK_TRUSTED_PROXIES: "",
  });
  firstAccount = atInvite();
  firstSignUpStatus = (await signUp(firstAccount, { role: "student" })).status;
}, 300_000);

afterAll(() => invite?.stop());

describe("no self-promotion", () => {
  it("refuses a role or administrator flag sent to update-user, and keeps the student a student", async () => {
    const student = new HttpClient();
    await student.signUp("Sly Student", freshEmail("sly"), PASSWORD, "student");
    for (const body of [{ role: "teacher" }, { role: "TEACHER", name: "Sly" }, { admin: true }]) {
      const response = await student.post("/api/auth/update-user", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await student.post("/api/auth/update-user", { name: "Still Sly" })).status).toBe(200);
    expect(await isTeacher(student)).toBe(false);
    expect((await student.get("/api/export?format=json")).status).toBe(403);
  });

  it("under the open policy grants the teacher asked for at sign-up, never an administrator", async () => {
    const teacher = new HttpClient();
    expect((await signUp(teacher, { role: "teacher", admin: true })).status).toBe(200);
    expect(await isTeacher(teacher)).toBe(true);
    expect(await (await teacher.get("/teach")).text()).not.toMatch(/administrator of this site/i);
    for (const role of ["admin", "Teacher", "", null, ["teacher"]]) {
      const { status } = await signUp(new HttpClient(), { role });
      expect(status, JSON.stringify(role)).toBe(400);
    }
  });

  it("under the invite policy refuses a teacher sign-up without a live invite, by the API and by the form", async () => {
    for (const extra of [{}, { invite: "x".repeat(43) }, { invite: "../../etc" }, { invite: 42 }]) {
      const client = atInvite();
      const { status, text } = await signUp(client, { role: "teacher", ...extra });
      expect(status, JSON.stringify(extra)).toBe(403);
      expect(text).toMatch(/invite link/);
      expect(await isTeacher(client)).toBe(false);
    }
    const viaForm = await callAction(atInvite(), "signUpAction", {
      name: "Form Teacher",
      email: freshEmail("form-teacher"),
      password: PASSWORD,
      role: "teacher",
    });
    expect(viaForm.redirectTo).toBeNull();
    expect(viaForm.message).toMatch(/need an invite link/);
    // The same person may still join as a student.
    const student = atInvite();
    expect((await signUp(student, { role: "student" })).status).toBe(200);
    expect(await isTeacher(student)).toBe(false);
  });
});

describe("teacher invites", () => {
  it("make the first account of an empty instance its administrator, who invites a teacher by a one-use link", async () => {
    const first = firstAccount;
    expect(firstSignUpStatus).toBe(200);
    expect(await isTeacher(first)).toBe(true);
    expect(await (await first.get("/teach")).text()).toMatch(/administrator of this site/i);

    const made = await callAction(first, "createTeacherInviteAction", {});
    expect(made.ok).toBe(true);
    const link = new URL(made.result ?? "");
    expect(link.pathname).toBe("/sign-up");
    const token = link.searchParams.get("invite") ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const visitor = atInvite();
    const page = await (await visitor.get(`/sign-up?invite=${token}`)).text();
    expect(page).toMatch(/value="teacher"/);
    expect(await (await visitor.get("/sign-up")).text()).not.toMatch(/value="teacher"/);

    const invited = atInvite();
    const viaForm = await callAction(invited, "signUpAction", {
      name: "Invited Teacher",
      email: freshEmail("invited"),
      password: PASSWORD,
      role: "teacher",
      invite: token,
    });
    expect(viaForm.redirectTo).toBe("/teach");
    expect(await isTeacher(invited)).toBe(true);

    const again = await signUp(atInvite(), { role: "teacher", invite: token });
    expect(again.status).toBe(403);
    expect(again.text).toMatch(/already been used/);
    const usedPage = await (await atInvite().get(`/sign-up?invite=${token}`)).text();
    expect(usedPage).not.toMatch(/value="teacher"/);
    expect(usedPage).toMatch(/already been used/);

    // A withdrawn link no longer works; students cannot make or withdraw links.
    const second = await callAction(first, "createTeacherInviteAction", {});
    const secondToken = new URL(second.result ?? "").searchParams.get("invite") ?? "";
    const listed = await (await first.get("/teach")).text();
    const inviteId = /name="inviteId" value="([^"]+)"/.exec(listed)?.[1] ?? "";
    expect(inviteId).not.toBe("");
    const pupil = atInvite();
    await signUp(pupil, { role: "student" });
    expect((await callAction(pupil, "createTeacherInviteAction", {})).redirectTo).toBe("/home");
    expect((await callAction(pupil, "revokeTeacherInviteAction", { inviteId })).redirectTo).toBe(
      "/home",
    );
    expect((await callAction(first, "revokeTeacherInviteAction", { inviteId })).ok).toBe(true);
    const late = await signUp(atInvite(), { role: "teacher", invite: secondToken });
    expect(late.status).toBe(403);
    expect(late.text).toMatch(/withdrawn/);
  });
});

describe("sign-in throttling", () => {
  it("ignores a forged X-Forwarded-For: 30 tries with rotating addresses from one peer are cut off at the address limit", async () => {
    const peer = freshPeer();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const client = atInvite({ localAddress: peer, forwardedFor: `203.0.113.${i + 1}` });
      const response = await client.post("/api/auth/sign-in/email", {
        email: freshEmail("nobody"),
        password: "wrong-password",
      });
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(
      SIGN_IN_PER_ADDRESS_PER_MINUTE,
    );
    expect(statuses.at(-1)).toBe(429);
  });

  it("gives each peer without a forwarding header its own bucket: one client cannot use up sign-in for everyone", async () => {
    const greedy = freshPeer();
    const bystander = freshPeer();
    const tryForm = (peer: string) =>
      callAction(atInvite({ localAddress: peer, forwardedFor: null }), "signInAction", {
        email: freshEmail("nobody"),
        password: "wrong-password",
      });
    const tryApi = (peer: string) =>
      atInvite({ localAddress: peer, forwardedFor: null }).post("/api/auth/sign-in/email", {
        email: freshEmail("nobody"),
        password: "wrong-password",
      });
    let last = await tryForm(greedy);
    for (let i = 1; i <= SIGN_IN_PER_ADDRESS_PER_MINUTE; i++) last = await tryForm(greedy);
    expect(last.message).toMatch(/Too many sign-in attempts/);
    expect((await tryForm(bystander)).message).toBe(
      "That email and password do not match an account.",
    );
    expect((await tryApi(greedy)).status).toBe(429);
    expect((await tryApi(bystander)).status).toBe(401);
  });

  it("believes X-Forwarded-For only from a trusted proxy, and then only the hop that proxy saw", async () => {
    // The shared server trusts its loopback peer: the rightmost untrusted hop is the client.
    const client = "198.51.100.77";
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_PER_ADDRESS_PER_MINUTE; i++) {
      const forged = new HttpClient({ forwardedFor: `192.0.2.${i + 1}, ${client}` });
      const response = await forged.post("/api/auth/sign-in/email", {
        email: freshEmail("nobody"),
        password: "wrong-password",
      });
      statuses.push(response.status);
    }
    expect(statuses.at(-1)).toBe(429);
    const neighbour = new HttpClient({ forwardedFor: `192.0.2.1, ${client.replace(/77$/, "78")}` });
    expect(
      (
        await neighbour.post("/api/auth/sign-in/email", {
          email: freshEmail("nobody"),
          password: "wrong-password",
        })
      ).status,
    ).toBe(401);
  });

  it("backs off failed sign-ins per account whatever the address, lets the owner in after the wait, and starts again after a success", async () => {
    const email = freshEmail("target");
    await new HttpClient().signUp("Target", email, PASSWORD, "student");
    const statuses: number[] = [];
    let retryAfter = 0;
    for (let i = 0; i <= FREE_SIGN_IN_FAILURES; i++) {
      const response = await new HttpClient().post("/api/auth/sign-in/email", {
        email,
        password: `guess-${i}`,
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = Number(response.headers.get("retry-after"));
    }
    expect(statuses).toEqual([...Array(FREE_SIGN_IN_FAILURES).fill(401), 429]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(MAX_BACKOFF_SECONDS);
    // The right password is refused too while the backoff runs (no oracle), and accepted after it.
    const owner = new HttpClient();
    expect(
      (await owner.post("/api/auth/sign-in/email", { email, password: PASSWORD })).status,
    ).toBe(429);
    await sleep(retryAfter + 0.5);
    await owner.signIn(email, PASSWORD);
    const after = await new HttpClient().post("/api/auth/sign-in/email", {
      email,
      password: "x-1",
    });
    expect(after.status).toBe(401);
  });

  it("counts failures of the sign-in form and of the API together", async () => {
    const email = freshEmail("both-paths");
    await new HttpClient().signUp("Both Paths", email, PASSWORD, "student");
    for (let i = 0; i < FREE_SIGN_IN_FAILURES; i++) {
      const reply = await callAction(new HttpClient(), "signInAction", {
        email,
        password: `g-${i}`,
      });
      expect(reply.message).toBe("That email and password do not match an account.");
    }
    const api = await new HttpClient().post("/api/auth/sign-in/email", { email, password: "g-x" });
    expect(api.status).toBe(429);
    const form = await callAction(new HttpClient(), "signInAction", { email, password: PASSWORD });
    expect(form.redirectTo).toBeNull();
    expect(form.message).toMatch(/Too many sign-in attempts\. Try again in \d+ seconds?\./);
  });
});

describe("join codes", () => {
  it("slow down a student guessing codes, and a teacher can rotate a class's code and link", async () => {
    const teacher = new HttpClient();
    await teacher.signUp("Code Teacher", freshEmail("code-teacher"), PASSWORD, "teacher");
    const created = await callAction(teacher, "createClassAction", { name: "Rotation class" });
    const classId = /\/teach\/classes\/([^/]+)$/.exec(created.redirectTo ?? "")?.[1] ?? "";
    expect(classId).not.toBe("");
    const codeOn = async () =>
      /Join code:\s*(?:<!-- -->)?\s*<strong[^>]*>([A-Z0-9]{7})</.exec(
        await (await teacher.get(`/teach/classes/${classId}`)).text(),
      )?.[1] ?? "";
    const oldCode = await codeOn();
    expect(oldCode).toMatch(/^[A-Z0-9]{7}$/);

    const guesser = new HttpClient();
    await guesser.signUp("Guesser", freshEmail("guesser"), PASSWORD, "student");
    const replies = [];
    for (let i = 0; i <= FREE_WRONG_JOIN_CODES; i++) {
      replies.push(await callAction(guesser, "joinClassAction", { joinCode: `ZZZZZ${i}A` }));
    }
    expect(replies.slice(0, FREE_WRONG_JOIN_CODES).map((reply) => reply.message)).toEqual(
      Array(FREE_WRONG_JOIN_CODES).fill("No class has that join code. Check it with your teacher."),
    );
    const refused = replies.at(-1)?.message ?? "";
    expect(refused).toMatch(/Too many wrong join codes/);
    // Even the right code waits: the refusal says nothing about the guess.
    const early = await callAction(guesser, "joinClassAction", { joinCode: oldCode });
    expect(early.message).toMatch(/Too many wrong join codes/);

    const rotated = await callAction(teacher, "rotateJoinCodeAction", { classId });
    expect(rotated.ok).toBe(true);
    const newCode = await codeOn();
    expect(newCode).not.toBe(oldCode);
    expect(await (await teacher.get(`/teach/classes/${classId}`)).text()).toContain(
      `/classes/join?code=${newCode}`,
    );

    await sleep(retryAfterIn(early.message) + 0.5);
    const student = new HttpClient();
    await student.signUp("Newcomer", freshEmail("newcomer"), PASSWORD, "student");
    expect((await callAction(student, "joinClassAction", { joinCode: oldCode })).message).toBe(
      "No class has that join code. Check it with your teacher.",
    );
    const joined = await callAction(student, "joinClassAction", { joinCode: newCode });
    expect(joined.message).toBe(
      "You joined Rotation class. Its assignments are on your home page.",
    );
    const other = new HttpClient();
    await other.signUp("Other Teacher", freshEmail("other-teacher"), PASSWORD, "teacher");
    expect((await callAction(other, "rotateJoinCodeAction", { classId })).message).toBe(
      "That class does not exist.",
    );
  }, 120_000);
});

describe("the return path after sign-in", () => {
  const PAYLOADS = [
    "/%09/evil.test",
    "/\t/evil.test",
    "/\\evil.test",
    "/%5Cevil.test",
    "/%5cevil.test",
    "//evil.test",
    "//EVIL.test",
    "/%2F/evil.test",
    "/%2f%2fevil.test",
    "/\\/evil.test",
    "\\\\evil.test",
    "/\t\\evil.test",
    "/x/..//evil.test",
    " //evil.test",
    "https://evil.test",
    "HTTPS://EVIL.TEST/home",
    "javascript:alert(1)",
    "/\r\nLocation: https://evil.test",
    "/home\n",
  ];

  let client: HttpClient;
  beforeAll(async () => {
    client = new HttpClient();
    await client.signIn(DEMO_STUDENT, DEMO_PASSWORD);
  });

  it("keeps the issue's own address, /sign-in?returnTo=/%09/evil.test, on the site", async () => {
    const response = await client.get("/sign-in?returnTo=/%09/evil.test");
    expect(landing(response.headers.get("location"), client.baseUrl).origin).toBe(client.origin);
  });

  it.each(PAYLOADS)("keeps %j on the site when signed in already", async (payload) => {
    const response = await client.get(`/sign-in?returnTo=${encodeURIComponent(payload)}`);
    expect(response.status).toBeLessThan(500);
    expect(landing(response.headers.get("location"), client.baseUrl).origin).toBe(client.origin);
  });

  it.each(PAYLOADS)("keeps %j on the site after signing in by the form", async (payload) => {
    const reply = await callAction(new HttpClient(), "signInAction", {
      email: DEMO_TEACHER,
      password: DEMO_PASSWORD,
      returnTo: payload,
    });
    expect(reply.status).toBeLessThan(500);
    expect(reply.redirectTo).not.toBeNull();
    expect(landing(reply.redirectTo, "http://site.test").origin).toBe("http://site.test");
  });

  it("still returns to a page of the site, query and all", async () => {
    const reply = await callAction(new HttpClient(), "signInAction", {
      email: DEMO_STUDENT,
      password: DEMO_PASSWORD,
      returnTo: "/flashcards?set=s-key-actors",
    });
    expect(reply.redirectTo).toBe("/flashcards?set=s-key-actors");
  });
});

describe("demo data", () => {
  it("is named on the sign-in page where it was seeded", async () => {
    const page = await (await new HttpClient().get("/sign-in")).text();
    expect(page).toContain(DEMO_TEACHER);
    expect(page).toContain(DEMO_STUDENT);
    expect(page).toContain(DEMO_PASSWORD);
  });

  it("is not seeded on a production server, and its accounts do not exist there", async () => {
    const page = await (await atInvite().get("/sign-in")).text();
    expect(page).not.toContain(DEMO_TEACHER);
    expect(page).not.toContain(DEMO_PASSWORD);
    const response = await atInvite().post("/api/auth/sign-in/email", {
      email: DEMO_TEACHER,
      password: DEMO_PASSWORD,
    });
    expect(response.status).toBe(401);
  });

  it("is seeded in production only when QUIZDECK_DEMO=1 asks for it", async () => {
    const prepare = async (extra: Record<string, string>) => {
      const dataDir = join(mkdtempSync(join(tmpdir(), "quizdeck-e2e-demo-")), "pglite");
      const output = await runProcess("npx", ["tsx", "scripts/prepare.ts"], {
        cwd: join(ROOT, "packages", "db"),
        env: serverEnv("http://localhost:1", { QUIZDECK_DATA_DIR: dataDir, ...extra }),
        timeoutMs: 280_000,
      });
      expect(output.status, output.stderr).toBe(0);
      return output.stdout;
    };
    expect(await prepare({ NODE_ENV: "production" })).not.toContain(DEMO_TEACHER);
    // Seeding four weeks of history is slow on a busy machine.
    expect(await prepare({ NODE_ENV: "production", QUIZDECK_DEMO: "1" })).toContain(DEMO_TEACHER);
  }, 300_000);
});

describe("production settings", () => {
  const serve = (env: Record<string, string>) =>
    runProcess(process.execPath, [join(ROOT, "apps", "web", "server.mjs")], {
      cwd: join(ROOT, "apps", "web"),
      env: { ...process.env, BETTER_AUTH_SECRET: "", QUIZDECK_ORIGIN: "", ...env },
      timeoutMs: 60_000,
    });

  it("refuses to start a production server without BETTER_AUTH_SECRET and QUIZDECK_ORIGIN", async () => {
    const neither = await serve({ NODE_ENV: "production" });
    expect(neither.status).toBe(1);
    expect(neither.stderr).toMatch(/BETTER_AUTH_SECRET/);
    expect(neither.stderr).toMatch(/QUIZDECK_ORIGIN/);
    const noOrigin = await serve({ NODE_ENV: "production", BETTER_AUTH_SECRET: "s".repeat(40) });
    expect(noOrigin.status).toBe(1);
    expect(noOrigin.stderr).toMatch(/QUIZDECK_ORIGIN/);
    expect(noOrigin.stderr).not.toMatch(/BETTER_AUTH_SECRET/);
  });

  it("refuses `npm start` in production without them, before building or touching the data", async () => {
    const started = await runProcess(process.execPath, [join(ROOT, "scripts", "start.mjs")], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production", BETTER_AUTH_SECRET: "", QUIZDECK_ORIGIN: "" },
      timeoutMs: 60_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toMatch(/BETTER_AUTH_SECRET/);
  });

  it("keeps the embedded data directory private to its owner", () => {
    expect(statSync(invite.dataDir).mode & 0o777).toBe(0o700);
  });

  it("gives the session cookie the idle timeout", async () => {
    const client = new HttpClient();
    const response = await client.post("/api/auth/sign-in/email", {
      email: DEMO_STUDENT,
      password: DEMO_PASSWORD,
    });
    const cookie = response.headers.getSetCookie().find((line) => line.includes("session_token="));
    expect(cookie).toMatch(new RegExp(`Max-Age=${IDLE_TIMEOUT_SECONDS}\\b`));
  });
});

describe("the closed policy, on an https origin", () => {
  let closed: RunningApp;
  let closedAdmin: { email: string; password: string };
  const atClosed = (options: HttpClientOptions = {}) =>
    new HttpClient({
      baseUrl: closed.baseUrl,
      origin: closed.origin,
      localAddress: freshPeer(),
      ...options,
    });

  beforeAll(async () => {
    // The administrator is made from the command line before the server ever ran.
    const dataDir = join(mkdtempSync(join(tmpdir(), "quizdeck-e2e-closed-")), "pglite");
    closedAdmin = { email: freshEmail("head"), password: "Head-Of-School-2026" };
    const made = await runProcess(
      "npm",
      [
        "run",
        "--silent",
        "admin:create",
        "--",
        "--email",
        closedAdmin.email,
        "--name",
        "Head Teacher",
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: "", QUIZDECK_DATA_DIR: dataDir },
        input: `${closedAdmin.password}\n`,
        timeoutMs: 240_000,
      },
    );
    if (made.status !== 0) throw new Error(`admin:create failed:\n${made.stdout}\n${made.stderr}`);
    closed = await startApp(
      { NODE_ENV: "production", QUIZDECK_TEACHER_SIGNUP: "closed", QUIZDECK_TRUSTED_PROXIES: "" },
      { https: true, dataDir },
    );
  }, 300_000);

  afterAll(() => closed?.stop());

  it("refuses every teacher sign-up; the administrator made by admin:create teaches", async () => {
    const { status, text } = await signUp(atClosed(), { role: "teacher" });
    expect(status).toBe(403);
    expect(text).toMatch(/made by its administrator/);
    const page = await (await atClosed().get("/sign-up")).text();
    expect(page).not.toMatch(/value="teacher"/);
    expect(page).toMatch(/made by its administrator/);
    const student = atClosed();
    expect((await signUp(student, { role: "student" })).status).toBe(200);
    expect(await isTeacher(student)).toBe(false);

    const head = atClosed();
    await head.signIn(closedAdmin.email, closedAdmin.password);
    const teach = await head.get("/teach");
    expect(teach.status).toBe(200);
    expect(await teach.text()).toMatch(/administrator of this site/i);
    const refused = await callAction(head, "createTeacherInviteAction", {});
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/closed/);
  });

  it("sends HSTS when the origin is https, and not over plain http", async () => {
    const secure = await atClosed().get("/sign-in");
    expect(secure.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    const plain = await new HttpClient().get("/sign-in");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });
});
