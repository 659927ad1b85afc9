import { describe, expect, it } from "vitest";
import {
  type AnswerOutboxOptions,
  type AnswerOutboxState,
  createAnswerOutbox,
} from "./answer-outbox";
import { answerStorageKey, type PendingAnswer } from "./answer-store";
import type { Reply } from "./retry-policy";
import { FakeStorage, ManualTimers, NO_RESPONSE, reply, settle, UNAVAILABLE } from "./test-fakes";

const ATTEMPT = "attempt-1";
const URL = "/api/attempts/attempt-1/responses";

function storedPending(storage: FakeStorage, attemptId = ATTEMPT): PendingAnswer[] {
  const raw = storage.data.get(answerStorageKey(attemptId));
  return raw ? (JSON.parse(raw) as { pending: PendingAnswer[] }).pending : [];
}

/** A server whose replies the test scripts, one per request; after the script, every answer is saved. */
function scriptedServer(storage: FakeStorage) {
  const sent: { path: string; body: PendingAnswer; storedAtSend: PendingAnswer[] }[] = [];
  const script: Reply[] = [];
  return {
    sent,
    script(...replies: Reply[]) {
      script.push(...replies);
    },
    post: async (path: string, body: unknown): Promise<Reply> => {
      sent.push({ path, body: body as PendingAnswer, storedAtSend: storedPending(storage) });
      await Promise.resolve();
      return script.length > 0 ? (script.shift() as Reply) : reply(200, { status: "saved" });
    },
  };
}

function setup(overrides: Partial<AnswerOutboxOptions> = {}, storage = new FakeStorage()) {
  const timers = new ManualTimers();
  const server = scriptedServer(storage);
  const saved: { answer: PendingAnswer; feedback?: unknown; status: string }[] = [];
  const rejected: { answer: PendingAnswer; code: string; message: string }[] = [];
  const states: AnswerOutboxState[] = [];
  let ids = 0;
  const outbox = createAnswerOutbox({
    attemptId: ATTEMPT,
    storage,
    post: server.post,
    timers,
    random: () => 0.5,
    now: () => 1_000,
    createId: () => `client-${String(++ids).padStart(4, "0")}`,
    onSaved: (answer, outcome) =>
      saved.push({ answer, feedback: outcome.feedback, status: outcome.status }),
    onRejected: (answer, outcome) =>
      rejected.push({ answer, code: outcome.code, message: outcome.message }),
    onChange: (state) => states.push(state),
    ...overrides,
  });
  return { outbox, storage, timers, server, saved, rejected, states };
}

const answer = (questionId: string, choiceId = "a") => ({
  questionId,
  response: { type: "single-choice", choiceId },
  timeSpentMs: 1234.4,
});

const sentAs = (queued: PendingAnswer) => ({
  questionId: queued.questionId,
  clientId: queued.clientId,
  revision: queued.revision,
  response: queued.response,
  timeSpentMs: queued.timeSpentMs,
});

describe("AnswerOutbox", () => {
  it("writes each answer to storage before sending it, then removes it on a 2xx", async () => {
    const { outbox, storage, server, saved } = setup();
    server.script(reply(200, { status: "saved", feedback: { score: 1 } }));
    const queued = outbox.enqueue(answer("q1"));

    expect(queued).toEqual({
      questionId: "q1",
      clientId: "client-0001",
      revision: 1,
      response: { type: "single-choice", choiceId: "a" },
      timeSpentMs: 1234,
      queuedAt: 1_000,
    });
    await settle();
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]?.path).toBe(URL);
    expect(server.sent[0]?.storedAtSend.map((pending) => pending.clientId)).toEqual([
      "client-0001",
    ]);
    expect(server.sent[0]?.body).toEqual(sentAs(queued));
    expect(storedPending(storage)).toEqual([]);
    expect(saved).toEqual([{ answer: queued, feedback: { score: 1 }, status: "saved" }]);
    expect(outbox.state()).toMatchObject({ pending: 0, problem: null, lastError: null });
  });

  it("retries with the same client id when the server cannot be reached or is down, backing off", async () => {
    const { outbox, storage, timers, server, saved } = setup();
    server.script(NO_RESPONSE, reply(500, undefined), reply(502, undefined));
    outbox.enqueue(answer("q1"));
    await settle();
    expect(timers.delays()).toEqual([1_000]);
    expect(outbox.state().problem).toMatchObject({
      kind: "unreachable",
      message: "The server cannot be reached.",
      nextRetryAt: 2_000,
    });
    expect(storedPending(storage)).toHaveLength(1);

    timers.fireAll();
    await settle();
    expect(timers.delays()).toEqual([2_000]);
    expect(outbox.state().problem?.kind).toBe("server");

    timers.fireAll();
    await settle();
    expect(timers.delays()).toEqual([4_000]);

    timers.fireAll();
    await settle();
    expect(server.sent.map((call) => call.body.clientId)).toEqual([
      "client-0001",
      "client-0001",
      "client-0001",
      "client-0001",
    ]);
    expect(saved).toHaveLength(1);
    expect(storedPending(storage)).toEqual([]);
    expect(timers.delays()).toEqual([]);
    expect(outbox.state().problem).toBeNull();
  });

  it("waits at least as long as the server's Retry-After", async () => {
    const { outbox, timers, server } = setup();
    server.script(UNAVAILABLE, reply(429, undefined, 10_000));
    outbox.enqueue(answer("q1"));
    await settle();
    expect(timers.delays()).toEqual([2_500]);
    timers.fireAll();
    await settle();
    expect(timers.delays()).toEqual([10_500]);
  });

  it("does not jump a scheduled retry when a new answer comes in", async () => {
    const { outbox, timers, server } = setup();
    server.script(reply(429, undefined, 10_000));
    outbox.enqueue(answer("q1"));
    await settle();
    outbox.enqueue(answer("q2"));
    await settle();
    expect(server.sent).toHaveLength(1);
    expect(outbox.state().pending).toBe(2);
    timers.fireAll();
    await settle();
    expect(server.sent.map((call) => call.body.questionId)).toEqual(["q1", "q1", "q2"]);
  });

  it("caps the backoff", async () => {
    const { outbox, timers, server } = setup({ maxDelayMs: 5_000 });
    server.script(...Array.from({ length: 8 }, () => reply(500, undefined)));
    outbox.enqueue(answer("q1"));
    for (let i = 0; i < 7; i++) {
      await settle();
      timers.fireAll();
    }
    await settle();
    expect(timers.delays()).toEqual([5_000]);
  });

  it("drops an answer on a final 4xx, reports the server's message, and goes on with the next", async () => {
    const { outbox, storage, server, rejected, saved } = setup();
    server.script(
      reply(422, {
        error: { code: "INVALID_INPUT", message: "not a single-choice response" },
      }),
    );
    outbox.enqueue(answer("q1"));
    outbox.enqueue(answer("q2"));
    await settle();
    expect(rejected).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", message: "not a single-choice response" }),
    ]);
    expect(rejected[0]?.answer.questionId).toBe("q1");
    expect(saved.map((entry) => entry.answer.questionId)).toEqual(["q2"]);
    expect(storedPending(storage)).toEqual([]);
    expect(outbox.state().lastError).toMatchObject({
      item: { questionId: "q1" },
      status: 422,
      message: "not a single-choice response",
    });

    // A new answer to another question leaves the error; one to that question clears it.
    outbox.enqueue(answer("q3"));
    await settle();
    expect(outbox.state().lastError).not.toBeNull();
    outbox.enqueue(answer("q1", "b"));
    await settle();
    expect(outbox.state().lastError).toBeNull();
  });

  it("keeps answers (never drops them) while signed out, and retries slowly", async () => {
    const { outbox, storage, timers, server } = setup();
    server.script(
      reply(401, { error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } }),
    );
    outbox.enqueue(answer("q1"));
    await settle();
    expect(storedPending(storage)).toHaveLength(1);
    expect(timers.delays()).toEqual([30_000]);
    expect(outbox.state().problem).toMatchObject({
      kind: "signed-out",
      message: "Sign in to continue.",
    });
    timers.fireAll();
    await settle();
    expect(storedPending(storage)).toEqual([]);
  });

  it("sends again after a reload whatever was left, with the same client id and revision", async () => {
    const storage = new FakeStorage();
    const first = setup({}, storage);
    first.server.script(NO_RESPONSE);
    const queued = first.outbox.enqueue(answer("q1"));
    await settle();
    first.outbox.dispose(); // the tab is closed

    const second = setup({}, storage);
    expect(second.outbox.waiting()).toEqual([queued]);
    expect(second.outbox.pendingFor("q1")).toEqual(queued);
    second.outbox.start();
    await settle();
    expect(second.server.sent.map((call) => call.body)).toEqual([sentAs(queued)]);
    expect(storedPending(storage)).toEqual([]);
  });

  it("reads and sends what an earlier version of the player left in the browser", async () => {
    const storage = new FakeStorage();
    const left: PendingAnswer = {
      questionId: "q7",
      clientId: "0b9d2a5e-6f6e-4a43-9d7e-2f1a3c4b5d6e",
      revision: 3,
      response: { type: "true-false", answer: true },
      timeSpentMs: 5_400,
      queuedAt: 1_700_000_000_000,
    };
    storage.setItem(
      "quizdeck:answers:attempt-1",
      JSON.stringify({ version: 1, pending: [left], revisions: { q7: 3, q2: 1 } }),
    );
    const { outbox, server } = setup({}, storage);
    outbox.start();
    await settle();
    expect(server.sent.map((call) => call.body)).toEqual([sentAs(left)]);
    // Its revisions stay the floor for new answers.
    expect(outbox.enqueue(answer("q7")).revision).toBe(4);
  });

  it("numbers revisions per question, above what the server already has", async () => {
    const { outbox, server } = setup();
    outbox.noteServerRevisions({ q1: 3 });
    outbox.enqueue(answer("q1", "a"));
    await settle();
    outbox.enqueue(answer("q1", "b"));
    outbox.enqueue(answer("q2", "c"));
    await settle();
    expect(server.sent.map((call) => [call.body.questionId, call.body.revision])).toEqual([
      ["q1", 4],
      ["q1", 5],
      ["q2", 1],
    ]);
  });

  it("replaces an unsent answer to the same question with the newer one", async () => {
    const { outbox, storage, server } = setup({ initiallyOnline: false });
    outbox.enqueue(answer("q1", "a"));
    outbox.enqueue(answer("q2", "a"));
    const newer = outbox.enqueue(answer("q1", "b"));
    expect(storedPending(storage).map((pending) => [pending.questionId, pending.revision])).toEqual(
      [
        ["q2", 1],
        ["q1", 2],
      ],
    );
    expect(outbox.pendingFor("q1")).toEqual(newer);
    expect(server.sent).toEqual([]);
    expect(outbox.state()).toMatchObject({ pending: 2, online: false });

    outbox.setOnline(true);
    await settle();
    expect(server.sent.map((call) => call.body.clientId)).toEqual(["client-0002", "client-0003"]);
    expect(outbox.state().pending).toBe(0);
  });

  it("keeps the answer in flight when a newer one to the same question comes in (double submit)", async () => {
    const { outbox, server, saved } = setup();
    const first = outbox.enqueue(answer("q1", "a"));
    const second = outbox.enqueue(answer("q1", "b"));
    await settle();
    expect(server.sent.map((call) => [call.body.clientId, call.body.revision])).toEqual([
      [first.clientId, 1],
      [second.clientId, 2],
    ]);
    expect(saved.map((entry) => entry.answer.clientId)).toEqual([first.clientId, second.clientId]);
  });

  it("waits for the online event instead of retrying while offline", async () => {
    const { outbox, timers, server } = setup();
    outbox.setOnline(false);
    outbox.enqueue(answer("q1"));
    await settle();
    expect(server.sent).toEqual([]);
    expect(timers.delays()).toEqual([]);
    expect(outbox.state().problem?.kind).toBe("offline");
    outbox.setOnline(true);
    await settle();
    expect(server.sent).toHaveLength(1);
    expect(outbox.state().problem).toBeNull();
  });

  it("says offline, not unreachable, when the browser went offline during a try", async () => {
    const { outbox, server } = setup();
    server.script(NO_RESPONSE);
    outbox.enqueue(answer("q1"));
    outbox.setOnline(false);
    await settle();
    expect(outbox.state().problem?.kind).toBe("offline");
  });

  it("drain: true once all are saved, false when a try fails and failFast is asked", async () => {
    const ok = setup();
    ok.outbox.enqueue(answer("q1"));
    await expect(ok.outbox.drain(5_000)).resolves.toBe(true);

    const failing = setup();
    failing.server.script(NO_RESPONSE, NO_RESPONSE);
    failing.outbox.enqueue(answer("q1"));
    await settle();
    await expect(failing.outbox.drain(5_000, true)).resolves.toBe(false);

    const offline = setup({ initiallyOnline: false });
    offline.outbox.enqueue(answer("q1"));
    offline.outbox.setOnline(false);
    await expect(offline.outbox.drain(5_000, true)).resolves.toBe(false);

    const slow = setup();
    slow.server.script(reply(503, undefined));
    slow.outbox.enqueue(answer("q1"));
    const drained = slow.outbox.drain(5_000);
    await settle();
    slow.timers.fireAll(); // fires both the retry and the drain's timeout
    await expect(drained).resolves.toBe(false);
  });

  it("keeps working in memory when storage refuses writes, and says so", async () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    const { outbox, server, saved } = setup({}, storage);
    outbox.enqueue(answer("q1"));
    expect(outbox.state().durable).toBe(false);
    await settle();
    expect(server.sent).toHaveLength(1);
    expect(saved).toHaveLength(1);
  });

  it("is not durable without storage (the page then warns before leaving)", async () => {
    const { outbox, server } = setup({ storage: null });
    expect(outbox.state().durable).toBe(false);
    outbox.enqueue(answer("q1"));
    await settle();
    expect(server.sent).toHaveLength(1);
  });

  it("starts empty from corrupt storage", () => {
    const storage = new FakeStorage();
    storage.data.set(answerStorageKey(ATTEMPT), "{not json");
    const { outbox } = setup({}, storage);
    expect(outbox.waiting()).toEqual([]);
  });

  it("forgets the attempt after submitting", async () => {
    const { outbox, storage } = setup();
    outbox.enqueue(answer("q1"));
    await settle();
    expect(storage.data.size).toBe(1); // the revision numbers stay while the attempt is open
    outbox.clear();
    expect(storage.data.size).toBe(0);
  });

  it("keeps attempts apart", () => {
    const storage = new FakeStorage();
    const first = setup({ initiallyOnline: false }, storage);
    first.outbox.enqueue(answer("q1"));
    const other = createAnswerOutbox({ attemptId: "attempt-2", storage });
    expect(other.waiting()).toEqual([]);
  });

  it("sends what another tab of the same attempt queued, and not what it already sent", async () => {
    const storage = new FakeStorage();
    const tabA = setup({ initiallyOnline: false }, storage);
    const tabB = setup({ initiallyOnline: false, createId: () => "client-from-b" }, storage);
    tabB.outbox.enqueue(answer("q2"));
    tabA.outbox.enqueue(answer("q1"));
    tabA.outbox.setOnline(true);
    await settle();
    expect(tabA.server.sent.map((call) => call.body.clientId)).toEqual([
      "client-from-b",
      "client-0001",
    ]);
    tabB.outbox.setOnline(true);
    await settle();
    expect(tabB.server.sent).toEqual([]);
  });

  it("reports its state as it goes", async () => {
    const { outbox, states } = setup();
    outbox.enqueue(answer("q1"));
    expect(states.at(-1)).toMatchObject({ pending: 1 });
    await settle();
    expect(states.at(-1)).toMatchObject({ pending: 0, sending: false, problem: null });
  });

  it("calls nothing back once disposed, but still clears what the server saved", async () => {
    const { outbox, storage, saved } = setup();
    outbox.enqueue(answer("q1"));
    outbox.dispose();
    await settle();
    expect(saved).toEqual([]);
    expect(storedPending(storage)).toEqual([]);
  });
});
