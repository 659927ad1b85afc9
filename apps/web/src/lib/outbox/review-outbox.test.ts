import { describe, expect, it } from "vitest";
import type { Reply } from "./retry-policy";
import {
  createReviewOutbox,
  REVIEWS_PATH,
  type ReviewOp,
  type ReviewOutboxOptions,
  ratedCardIds,
  UNDO_PATH,
} from "./review-outbox";
import { reviewStore } from "./review-store";
import { FakeStorage, ManualTimers, NO_RESPONSE, reply, settle } from "./test-fakes";

type Scripted = Reply | ((body: Record<string, unknown>) => Reply);

/** A scripted server: replies are taken in order; after the script, every request succeeds. */
function fakeServer(script: Scripted[] = []) {
  const requests: { path: string; body: Record<string, unknown> }[] = [];
  let logCounter = 0;
  const logIds = new Map<string, string>();
  const post = async (path: string, body: unknown): Promise<Reply> => {
    const payload = body as Record<string, unknown>;
    requests.push({ path, body: payload });
    if (script.length > 0) {
      const next = script.shift() as Scripted;
      return typeof next === "function" ? next(payload) : next;
    }
    if (path === REVIEWS_PATH) {
      const clientId = String(payload.clientId);
      let id = logIds.get(clientId);
      if (!id) {
        id = `log-${++logCounter}`;
        logIds.set(clientId, id);
      }
      return reply(201, { reviewLogId: id });
    }
    return reply(200, { reviewLogId: payload.reviewLogId });
  };
  return { post, requests };
}

function outboxWith(
  server: ReturnType<typeof fakeServer>,
  options: Partial<ReviewOutboxOptions> = {},
) {
  return createReviewOutbox({
    userId: "user-1",
    storage: null,
    post: server.post,
    random: () => 0.5,
    ...options,
  });
}

describe("ReviewOutbox", () => {
  it("sends ratings in order, one at a time, and reports each saved", async () => {
    const server = fakeServer();
    const saved: string[] = [];
    const pending: number[] = [];
    const outbox = outboxWith(server, {
      events: { ratingSaved: (op) => saved.push(op.id) },
      onChange: (state) => pending.push(state.pending),
    });
    outbox.addRating("client-a", "c-one", 3);
    outbox.addRating("client-b", "c-two", 1);
    expect(outbox.state().pending).toBe(2);
    await settle();
    expect(saved).toEqual(["client-a", "client-b"]);
    expect(server.requests.map((request) => request.body)).toEqual([
      { flashcardId: "c-one", rating: 3, clientId: "client-a" },
      { flashcardId: "c-two", rating: 1, clientId: "client-b" },
    ]);
    expect(outbox.state().pending).toBe(0);
    expect(pending.at(0)).toBe(1);
    expect(pending.at(-1)).toBe(0);
  });

  it("retries a rating after a network failure with the same clientId, backing off", async () => {
    const server = fakeServer([NO_RESPONSE, NO_RESPONSE, reply(503, null)]);
    const timers = new ManualTimers();
    const outbox = outboxWith(server, { timers, baseDelayMs: 100, maxDelayMs: 200 });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    expect(outbox.state().problem).toMatchObject({
      kind: "unreachable",
      message: "The server cannot be reached.",
    });
    expect(timers.delays()).toEqual([100]);
    timers.fireAll();
    await settle();
    expect(timers.delays()).toEqual([200]);
    timers.fireAll();
    await settle();
    expect(outbox.state().problem?.kind).toBe("server");
    expect(timers.delays()).toEqual([200]);
    timers.fireAll();
    await settle();
    expect(outbox.state()).toMatchObject({ pending: 0, problem: null });
    const ids = server.requests.map((request) => request.body.clientId);
    expect(ids).toEqual(["client-a", "client-a", "client-a", "client-a"]);
  });

  it("queues new ratings behind one being retried, and retries at once on request", async () => {
    const server = fakeServer([NO_RESPONSE]);
    const timers = new ManualTimers();
    const outbox = outboxWith(server, { timers });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    outbox.addRating("client-b", "c-two", 2);
    await settle();
    expect(server.requests).toHaveLength(1);
    expect(outbox.state()).toMatchObject({ pending: 2, problem: { kind: "unreachable" } });
    outbox.retryNow();
    await settle();
    expect(timers.delays()).toEqual([]);
    expect(server.requests.map((request) => request.body.clientId)).toEqual([
      "client-a",
      "client-a",
      "client-b",
    ]);
  });

  it("keeps ratings while signed out, until retried", async () => {
    const server = fakeServer([
      reply(401, { error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } }),
    ]);
    const outbox = outboxWith(server, { timers: new ManualTimers() });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    expect(outbox.state()).toMatchObject({
      pending: 1,
      problem: { kind: "signed-out", message: "Sign in to continue." },
    });
    outbox.retryNow();
    await settle();
    expect(outbox.state().pending).toBe(0);
  });

  it("sends nothing while the browser is offline, and goes on when it is back", async () => {
    const server = fakeServer();
    const outbox = outboxWith(server, { initiallyOnline: false });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    expect(server.requests).toEqual([]);
    expect(outbox.state().problem?.kind).toBe("offline");
    outbox.setOnline(true);
    await settle();
    expect(outbox.state().pending).toBe(0);
  });

  it("drops a rating the server refuses, with its message, and goes on", async () => {
    const server = fakeServer([
      reply(404, { error: { code: "NOT_FOUND", message: "That flashcard does not exist." } }),
    ]);
    const failed: string[] = [];
    const saved: string[] = [];
    const outbox = outboxWith(server, {
      events: {
        ratingFailed: (_op, message) => failed.push(message),
        ratingSaved: (op) => saved.push(op.id),
      },
    });
    outbox.addRating("client-a", "c-gone", 3);
    outbox.addRating("client-b", "c-two", 3);
    await settle();
    expect(failed).toEqual(["That flashcard does not exist."]);
    expect(saved).toEqual(["client-b"]);
  });

  it("undoes a saved rating with its review log id", async () => {
    const server = fakeServer();
    const undone: string[] = [];
    const outbox = outboxWith(server, { events: { undoSaved: (op) => undone.push(op.ratingId) } });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    expect(outbox.addUndo("undo-1", "client-a")).toBe("queued");
    await settle();
    expect(server.requests.at(-1)).toEqual({ path: UNDO_PATH, body: { reviewLogId: "log-1" } });
    expect(undone).toEqual(["client-a"]);
  });

  it("withdraws a rating that was never sent instead of sending it and its undo", async () => {
    const server = fakeServer([NO_RESPONSE]);
    const timers = new ManualTimers();
    const outbox = outboxWith(server, { timers });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    outbox.addRating("client-b", "c-two", 4);
    expect(outbox.addUndo("undo-b", "client-b")).toBe("cancelled");
    // client-a was sent once and may have arrived: it needs a real undo.
    expect(outbox.addUndo("undo-a", "client-a")).toBe("queued");
    timers.fireAll();
    await settle();
    expect(server.requests.map((request) => request.path)).toEqual([
      REVIEWS_PATH,
      REVIEWS_PATH,
      UNDO_PATH,
    ]);
    expect(server.requests.some((request) => request.body.clientId === "client-b")).toBe(false);
    expect(outbox.state().pending).toBe(0);
  });

  it("reports an undo the server refuses, and refuses to undo a rating it never saw", async () => {
    const conflict = reply(409, {
      error: { code: "CONFLICT", message: "Only the most recent rating can be undone." },
    });
    const server = fakeServer();
    const failures: string[] = [];
    const outbox = outboxWith(
      {
        ...server,
        post: (path, body) =>
          path === UNDO_PATH ? Promise.resolve(conflict) : server.post(path, body),
      },
      { events: { undoFailed: (_op, message) => failures.push(message) } },
    );
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    expect(outbox.addUndo("undo-a", "client-a")).toBe("queued");
    await settle();
    expect(failures).toEqual(["Only the most recent rating can be undone."]);
    expect(outbox.state().pending).toBe(0);
    expect(outbox.addUndo("undo-z", "client-unknown")).toBe("unknown");
  });

  it("keeps unsaved changes on the device and sends them from the next page", async () => {
    const device = new FakeStorage();
    const down = fakeServer([NO_RESPONSE]);
    const first = outboxWith(down, { storage: device, timers: new ManualTimers() });
    first.addRating("client-a", "c-one", 3);
    first.addRating("client-b", "c-two", 1);
    await settle();
    // client-b never left the device: undoing it just withdraws it.
    expect(first.addUndo("undo-b", "client-b")).toBe("cancelled");
    expect(device.data.size).toBe(1);
    first.dispose();

    // Another learner's leftovers on the same device are not touched.
    reviewStore(device, "user-2").put({
      kind: "rating",
      id: "other",
      flashcardId: "c-one",
      rating: 2,
      seq: 1,
    });

    const up = fakeServer();
    const second = outboxWith(up, { storage: device });
    const leftover = second.restore();
    expect(leftover.map((op) => op.id)).toEqual(["client-a"]);
    expect([...ratedCardIds(leftover)]).toEqual(["c-one"]);
    await settle();
    expect(up.requests.map((request) => request.body.clientId)).toEqual(["client-a"]);
    expect([...device.data.keys()]).toEqual(["quizdeck:flashcard-outbox:user-2:other"]);
  });

  it("re-sends a restored rating to learn its log id before undoing it", async () => {
    const device = new FakeStorage();
    device.setItem(
      "quizdeck:flashcard-outbox:user-1:undo-a",
      JSON.stringify({
        kind: "undo",
        id: "undo-a",
        ratingId: "client-a",
        flashcardId: "c-one",
        rating: 3,
        seq: 2,
      }),
    );
    const server = fakeServer();
    const outbox = outboxWith(server, { storage: device });
    outbox.restore();
    await settle();
    expect(server.requests).toEqual([
      { path: REVIEWS_PATH, body: { flashcardId: "c-one", rating: 3, clientId: "client-a" } },
      { path: UNDO_PATH, body: { reviewLogId: "log-1" } },
    ]);
    expect(device.data.size).toBe(0);
  });

  it("numbers new changes after the ones an earlier page left", () => {
    const device = new FakeStorage();
    const store = reviewStore(device, "user-1");
    store.put({ kind: "rating", id: "left", flashcardId: "c-one", rating: 3, seq: 7 });
    const outbox = outboxWith(fakeServer(), { storage: device, initiallyOnline: false });
    outbox.restore();
    outbox.addRating("client-b", "c-two", 2);
    expect(store.load().map((op) => [op.id, op.seq])).toEqual([
      ["left", 7],
      ["client-b", 8],
    ]);
  });

  it("counts leftover ratings net of leftover undos", () => {
    const ops: ReviewOp[] = [
      { kind: "rating", id: "a", flashcardId: "c-one", rating: 3, seq: 1 },
      { kind: "rating", id: "b", flashcardId: "c-two", rating: 3, seq: 2 },
      { kind: "undo", id: "u", ratingId: "b", flashcardId: "c-two", rating: 3, seq: 3 },
    ];
    expect([...ratedCardIds(ops)]).toEqual(["c-one"]);
  });
});

describe("reviewStore", () => {
  it("skips malformed entries and survives a broken storage", () => {
    const device = new FakeStorage();
    device.setItem("quizdeck:flashcard-outbox:u:bad", "{not json");
    device.setItem("quizdeck:flashcard-outbox:u:worse", JSON.stringify({ kind: "rating" }));
    device.setItem("quizdeck:flashcard-outbox:u:null", "null");
    expect(reviewStore(device, "u").load()).toEqual([]);

    const broken = reviewStore(
      {
        length: 1,
        key: () => {
          throw new Error("denied");
        },
        getItem: () => null,
        setItem: () => {
          throw new Error("quota");
        },
        removeItem: () => {
          throw new Error("denied");
        },
      },
      "u",
    );
    expect(broken.load()).toEqual([]);
    expect(broken.durable).toBe(true);
    expect(() =>
      broken.put({ kind: "rating", id: "a", flashcardId: "c", rating: 1, seq: 1 }),
    ).not.toThrow();
    expect(broken.durable).toBe(false);
    expect(() => broken.remove("a")).not.toThrow();
    expect(() => broken.clear()).not.toThrow();
    expect(reviewStore(null, "u").load()).toEqual([]);
  });

  it("clears one learner's entries only", () => {
    const device = new FakeStorage();
    const mine = reviewStore(device, "u1");
    mine.put({ kind: "rating", id: "a", flashcardId: "c", rating: 1, seq: 1 });
    mine.put({ kind: "rating", id: "b", flashcardId: "c", rating: 2, seq: 2 });
    reviewStore(device, "u2").put({
      kind: "rating",
      id: "c",
      flashcardId: "c",
      rating: 3,
      seq: 1,
    });
    mine.clear();
    expect([...device.data.keys()]).toEqual(["quizdeck:flashcard-outbox:u2:c"]);
  });
});
