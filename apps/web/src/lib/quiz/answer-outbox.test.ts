import { describe, expect, it } from "vitest";
import {
  AnswerOutbox,
  type AnswerOutboxOptions,
  classifyHttpReply,
  describeOutbox,
  type OutboxState,
  type OutboxStorage,
  outboxStorageKey,
  type PendingAnswer,
  type SendOutcome,
  type Timers,
} from "./answer-outbox";

class FakeStorage implements OutboxStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  pending(attemptId: string): PendingAnswer[] {
    const raw = this.items.get(outboxStorageKey(attemptId));
    return raw ? (JSON.parse(raw) as { pending: PendingAnswer[] }).pending : [];
  }
}

class ManualTimers implements Timers {
  private next = 1;
  readonly scheduled = new Map<number, { callback: () => void; ms: number }>();
  set(callback: () => void, ms: number) {
    const id = this.next++;
    this.scheduled.set(id, { callback, ms });
    return id;
  }
  clear(handle: unknown) {
    this.scheduled.delete(handle as number);
  }
  delays(): number[] {
    return [...this.scheduled.values()].map((entry) => entry.ms);
  }
  /** Fires every timer due now (all of them: time is whatever the test says). */
  fireAll() {
    const due = [...this.scheduled.entries()];
    this.scheduled.clear();
    for (const [, entry] of due) entry.callback();
  }
}

/** A transport whose replies the test scripts, one per call, recording what was sent. */
class ScriptedTransport {
  readonly sent: { answer: PendingAnswer; storedAtSend: PendingAnswer[] }[] = [];
  private readonly replies: SendOutcome[] = [];
  constructor(
    private readonly storage: FakeStorage,
    private readonly attemptId: string,
  ) {}
  reply(...outcomes: SendOutcome[]) {
    this.replies.push(...outcomes);
    return this;
  }
  readonly send = async (answer: PendingAnswer): Promise<SendOutcome> => {
    this.sent.push({ answer, storedAtSend: this.storage.pending(this.attemptId) });
    await Promise.resolve();
    return this.replies.shift() ?? { kind: "saved", status: "saved" };
  };
}

const ATTEMPT = "attempt-1";
const OFFLINE: SendOutcome = {
  kind: "retry",
  reason: "offline",
  message: "No connection to the server.",
};
const SERVER_DOWN: SendOutcome = { kind: "retry", reason: "server", message: "HTTP 503" };

async function settle() {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function setup(overrides: Partial<AnswerOutboxOptions> = {}, storage = new FakeStorage()) {
  const timers = new ManualTimers();
  const transport = new ScriptedTransport(storage, ATTEMPT);
  const saved: { answer: PendingAnswer; feedback?: unknown; status: string }[] = [];
  const rejected: { answer: PendingAnswer; code: string; message: string }[] = [];
  const states: OutboxState[] = [];
  let ids = 0;
  const outbox = new AnswerOutbox({
    attemptId: ATTEMPT,
    storage,
    transport: transport.send,
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
  return { outbox, storage, timers, transport, saved, rejected, states };
}

const answer = (questionId: string, choiceId = "a") => ({
  questionId,
  response: { type: "single-choice", choiceId },
  timeSpentMs: 1234.4,
});

describe("AnswerOutbox", () => {
  it("writes each answer to storage before sending it, then removes it on a 2xx", async () => {
    const { outbox, storage, transport, saved } = setup();
    transport.reply({ kind: "saved", status: "saved", feedback: { score: 1 } });
    const queued = outbox.enqueue(answer("q1"));

    expect(queued).toMatchObject({
      questionId: "q1",
      clientId: "client-0001",
      revision: 1,
      timeSpentMs: 1234,
    });
    await settle();
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]?.storedAtSend.map((pending) => pending.clientId)).toEqual([
      "client-0001",
    ]);
    expect(transport.sent[0]?.answer).toEqual(queued);
    expect(storage.pending(ATTEMPT)).toEqual([]);
    expect(saved).toEqual([{ answer: queued, feedback: { score: 1 }, status: "saved" }]);
    expect(describeOutbox(outbox.state())).toBe("All answers saved");
  });

  it("retries network failures and 5xx with the same client id, backing off", async () => {
    const { outbox, storage, timers, transport, saved } = setup();
    transport.reply(OFFLINE, SERVER_DOWN, SERVER_DOWN);
    outbox.enqueue(answer("q1"));
    await settle();
    expect(timers.delays()).toEqual([1_000]);
    expect(describeOutbox(outbox.state())).toBe("Offline — 1 answer waiting, retrying…");
    expect(storage.pending(ATTEMPT)).toHaveLength(1);

    timers.fireAll();
    await settle();
    expect(timers.delays()).toEqual([2_000]);
    expect(describeOutbox(outbox.state())).toBe("Saving is delayed — 1 answer waiting, retrying…");

    timers.fireAll();
    await settle();
    expect(timers.delays()).toEqual([4_000]);

    timers.fireAll();
    await settle();
    expect(transport.sent.map((call) => call.answer.clientId)).toEqual([
      "client-0001",
      "client-0001",
      "client-0001",
      "client-0001",
    ]);
    expect(saved).toHaveLength(1);
    expect(storage.pending(ATTEMPT)).toEqual([]);
    expect(timers.delays()).toEqual([]);
  });

  it("caps the backoff", async () => {
    const { outbox, timers, transport } = setup({ maxDelayMs: 5_000 });
    transport.reply(...Array.from({ length: 8 }, () => SERVER_DOWN));
    outbox.enqueue(answer("q1"));
    for (let i = 0; i < 7; i++) {
      await settle();
      timers.fireAll();
    }
    await settle();
    expect(timers.delays()).toEqual([5_000]);
  });

  it("drops an answer on a final 4xx, reports it, and goes on with the next", async () => {
    const { outbox, storage, transport, rejected, saved } = setup();
    transport.reply(
      {
        kind: "rejected",
        status: 422,
        code: "INVALID_INPUT",
        message: "not a single-choice response",
      },
      { kind: "saved", status: "saved" },
    );
    outbox.enqueue(answer("q1"));
    outbox.enqueue(answer("q2"));
    await settle();
    expect(rejected).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", message: "not a single-choice response" }),
    ]);
    expect(rejected[0]?.answer.questionId).toBe("q1");
    expect(saved.map((entry) => entry.answer.questionId)).toEqual(["q2"]);
    expect(storage.pending(ATTEMPT)).toEqual([]);
    expect(outbox.state().lastError).toMatchObject({ questionId: "q1", status: 422 });
    expect(describeOutbox(outbox.state())).toBe("Not saved: not a single-choice response");

    // A new answer to that question clears the error.
    outbox.enqueue(answer("q1", "b"));
    await settle();
    expect(outbox.state().lastError).toBeNull();
  });

  it("keeps answers (never drops them) while signed out, and retries slowly", async () => {
    const { outbox, storage, timers, transport } = setup();
    transport.reply({ kind: "held", reason: "signed-out", message: "Sign in to continue." });
    outbox.enqueue(answer("q1"));
    await settle();
    expect(storage.pending(ATTEMPT)).toHaveLength(1);
    expect(timers.delays()).toEqual([30_000]);
    expect(describeOutbox(outbox.state())).toMatch(/^Signed out — 1 answer waiting/);
    timers.fireAll();
    await settle();
    expect(storage.pending(ATTEMPT)).toEqual([]);
  });

  it("sends again after a reload whatever was left, with the same client id and revision", async () => {
    const storage = new FakeStorage();
    const first = setup({}, storage);
    first.transport.reply(OFFLINE);
    const queued = first.outbox.enqueue(answer("q1"));
    await settle();
    first.outbox.dispose(); // the tab is closed

    const second = setup({}, storage);
    expect(second.outbox.pendingAnswers()).toEqual([queued]);
    expect(second.outbox.pendingFor("q1")).toEqual(queued);
    second.outbox.start();
    await settle();
    expect(second.transport.sent.map((call) => call.answer)).toEqual([queued]);
    expect(storage.pending(ATTEMPT)).toEqual([]);
  });

  it("numbers revisions per question, above what the server already has", async () => {
    const { outbox, transport } = setup();
    outbox.noteServerRevisions({ q1: 3 });
    outbox.enqueue(answer("q1", "a"));
    await settle();
    outbox.enqueue(answer("q1", "b"));
    outbox.enqueue(answer("q2", "c"));
    await settle();
    expect(transport.sent.map((call) => [call.answer.questionId, call.answer.revision])).toEqual([
      ["q1", 4],
      ["q1", 5],
      ["q2", 1],
    ]);
  });

  it("replaces an unsent answer to the same question with the newer one", async () => {
    const { outbox, storage, transport } = setup({ initiallyOnline: false });
    outbox.enqueue(answer("q1", "a"));
    outbox.enqueue(answer("q2", "a"));
    const newer = outbox.enqueue(answer("q1", "b"));
    expect(
      storage.pending(ATTEMPT).map((pending) => [pending.questionId, pending.revision]),
    ).toEqual([
      ["q2", 1],
      ["q1", 2],
    ]);
    expect(outbox.pendingFor("q1")).toEqual(newer);
    expect(transport.sent).toEqual([]);
    expect(describeOutbox(outbox.state())).toBe("Offline — 2 answers waiting, retrying…");

    outbox.setOnline(true);
    await settle();
    expect(transport.sent.map((call) => call.answer.clientId)).toEqual([
      "client-0002",
      "client-0003",
    ]);
    expect(describeOutbox(outbox.state())).toBe("All answers saved");
  });

  it("waits for the online event instead of retrying while offline", async () => {
    const { outbox, timers, transport } = setup();
    outbox.setOnline(false);
    outbox.enqueue(answer("q1"));
    await settle();
    expect(transport.sent).toEqual([]);
    expect(timers.delays()).toEqual([]);
    outbox.setOnline(true);
    await settle();
    expect(transport.sent).toHaveLength(1);
  });

  it("drain: true once all are saved, false when a try fails and failFast is asked", async () => {
    const ok = setup();
    ok.outbox.enqueue(answer("q1"));
    await expect(ok.outbox.drain(5_000)).resolves.toBe(true);

    const failing = setup();
    failing.transport.reply(OFFLINE, OFFLINE);
    failing.outbox.enqueue(answer("q1"));
    await settle();
    await expect(failing.outbox.drain(5_000, true)).resolves.toBe(false);

    const offline = setup({ initiallyOnline: false });
    offline.outbox.enqueue(answer("q1"));
    offline.outbox.setOnline(false);
    await expect(offline.outbox.drain(5_000, true)).resolves.toBe(false);

    const slow = setup();
    slow.transport.reply(SERVER_DOWN);
    slow.outbox.enqueue(answer("q1"));
    const drained = slow.outbox.drain(5_000);
    await settle();
    slow.timers.fireAll(); // fires both the retry and the drain's timeout
    await expect(drained).resolves.toBe(false);
  });

  it("keeps working in memory when storage refuses writes, and says so", async () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    const { outbox, transport, saved } = setup({}, storage);
    outbox.enqueue(answer("q1"));
    expect(outbox.state().durable).toBe(false);
    await settle();
    expect(transport.sent).toHaveLength(1);
    expect(saved).toHaveLength(1);
  });

  it("starts empty from corrupt storage", () => {
    const storage = new FakeStorage();
    storage.items.set(outboxStorageKey(ATTEMPT), "{not json");
    const { outbox } = setup({}, storage);
    expect(outbox.pendingAnswers()).toEqual([]);
  });

  it("forgets the attempt after submitting", async () => {
    const { outbox, storage } = setup();
    outbox.enqueue(answer("q1"));
    await settle();
    expect(storage.items.size).toBe(1); // the revision numbers stay while the attempt is open
    outbox.forget();
    expect(storage.items.size).toBe(0);
  });

  it("keeps attempts apart", async () => {
    const storage = new FakeStorage();
    const first = setup({ initiallyOnline: false }, storage);
    first.outbox.enqueue(answer("q1"));
    const other = new AnswerOutbox({
      attemptId: "attempt-2",
      storage,
      transport: async () => ({ kind: "saved", status: "saved" }),
    });
    expect(other.pendingAnswers()).toEqual([]);
  });

  it("reports its state as it goes", async () => {
    const { outbox, states } = setup();
    outbox.enqueue(answer("q1"));
    expect(describeOutbox(states.at(-1) as OutboxState)).toBe("Saving…");
    await settle();
    expect(describeOutbox(states.at(-1) as OutboxState)).toBe("All answers saved");
  });
});

describe("classifyHttpReply", () => {
  it("treats 2xx as saved, keeping the feedback", () => {
    expect(classifyHttpReply(200, { status: "duplicate", feedback: { score: 1 } })).toEqual({
      kind: "saved",
      status: "duplicate",
      feedback: { score: 1 },
    });
    expect(classifyHttpReply(200, null)).toEqual({ kind: "saved", status: "saved" });
  });

  it("retries 5xx, 408, 425 and 429", () => {
    for (const status of [500, 502, 503, 504, 408, 425, 429]) {
      expect(classifyHttpReply(status, null).kind).toBe("retry");
    }
  });

  it("holds on 401 and drops other 4xx with the server's message", () => {
    expect(
      classifyHttpReply(401, {
        error: { code: "UNAUTHENTICATED", message: "Sign in to continue." },
      }),
    ).toEqual({
      kind: "held",
      reason: "signed-out",
      message: "Sign in to continue.",
    });
    expect(
      classifyHttpReply(410, {
        error: { code: "DEADLINE_PASSED", message: "Time is up for this attempt." },
      }),
    ).toEqual({
      kind: "rejected",
      status: 410,
      code: "DEADLINE_PASSED",
      message: "Time is up for this attempt.",
    });
    for (const status of [400, 403, 404, 409, 413, 415, 422]) {
      expect(classifyHttpReply(status, "<html>").kind).toBe("rejected");
    }
  });
});
