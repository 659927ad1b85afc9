import { describe, expect, it } from "vitest";
import {
  type OutboxOp,
  type OutboxStatus,
  type OutboxStorage,
  REVIEWS_PATH,
  ReviewOutbox,
  ratedCardIds,
  type TransportResult,
  UNDO_PATH,
} from "./outbox";
import { deviceOutboxStorage, type KeyValueStorage } from "./outbox-storage";

type Reply = TransportResult | ((body: Record<string, unknown>) => TransportResult);

/** A scripted server: replies are taken in order; after the script, every request succeeds. */
function fakeServer(script: Reply[] = []) {
  const requests: { path: string; body: Record<string, unknown> }[] = [];
  let logCounter = 0;
  const logIds = new Map<string, string>();
  const transport = {
    async post(path: string, body: unknown) {
      const payload = body as Record<string, unknown>;
      requests.push({ path, body: payload });
      const next = script.shift();
      if (next) return typeof next === "function" ? next(payload) : next;
      if (path === REVIEWS_PATH) {
        const clientId = String(payload.clientId);
        let id = logIds.get(clientId);
        if (!id) {
          id = `log-${++logCounter}`;
          logIds.set(clientId, id);
        }
        return { type: "response", status: 201, body: { reviewLogId: id } } as TransportResult;
      }
      return {
        type: "response",
        status: 200,
        body: { reviewLogId: payload.reviewLogId },
      } as TransportResult;
    },
  };
  return { transport, requests };
}

/** Timers run only when the test says so. */
function manualTimers() {
  const pending: { run: () => void; ms: number }[] = [];
  return {
    pending,
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, ms };
      pending.push(timer);
      return timer;
    },
    clearTimer: (handle: unknown) => {
      const index = pending.indexOf(handle as (typeof pending)[number]);
      if (index >= 0) pending.splice(index, 1);
    },
    fire() {
      const timer = pending.shift();
      timer?.run();
      return timer?.ms;
    },
  };
}

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const network: TransportResult = { type: "network", message: "offline" };

describe("ReviewOutbox", () => {
  it("sends ratings in order, one at a time, and reports each saved", async () => {
    const server = fakeServer();
    const saved: string[] = [];
    const statuses: OutboxStatus["state"][] = [];
    const outbox = new ReviewOutbox({
      transport: server.transport,
      events: {
        ratingSaved: (op) => saved.push(op.id),
        status: (status) => statuses.push(status.state),
      },
    });
    outbox.addRating("client-a", "c-one", 3);
    outbox.addRating("client-b", "c-two", 1);
    expect(outbox.pending).toBe(2);
    await settle();
    expect(saved).toEqual(["client-a", "client-b"]);
    expect(server.requests.map((request) => request.body)).toEqual([
      { flashcardId: "c-one", rating: 3, clientId: "client-a" },
      { flashcardId: "c-two", rating: 1, clientId: "client-b" },
    ]);
    expect(outbox.pending).toBe(0);
    expect(statuses.at(0)).toBe("saving");
    expect(statuses.at(-1)).toBe("idle");
  });

  it("retries a rating after a network failure with the same clientId, backing off", async () => {
    const server = fakeServer([network, network, { type: "response", status: 503, body: null }]);
    const timers = manualTimers();
    const statuses: OutboxStatus[] = [];
    const outbox = new ReviewOutbox({
      transport: server.transport,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
      retryDelaysMs: [100, 200],
      events: { status: (status) => statuses.push(status) },
    });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    expect(outbox.status.state).toBe("retrying");
    expect(timers.fire()).toBe(100);
    await settle();
    expect(timers.fire()).toBe(200);
    await settle();
    expect(timers.fire()).toBe(200);
    await settle();
    expect(outbox.pending).toBe(0);
    expect(outbox.status.state).toBe("idle");
    const ids = server.requests.map((request) => request.body.clientId);
    expect(ids).toEqual(["client-a", "client-a", "client-a", "client-a"]);
    expect(statuses.some((status) => status.state === "retrying")).toBe(true);
  });

  it("queues new ratings behind one being retried, and retries at once on request", async () => {
    const server = fakeServer([network]);
    const timers = manualTimers();
    const outbox = new ReviewOutbox({
      transport: server.transport,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    outbox.addRating("client-b", "c-two", 2);
    await settle();
    expect(server.requests).toHaveLength(1);
    expect(outbox.status).toMatchObject({ state: "retrying", pending: 2 });
    outbox.retryNow();
    await settle();
    expect(timers.pending).toHaveLength(0);
    expect(server.requests.map((request) => request.body.clientId)).toEqual([
      "client-a",
      "client-a",
      "client-b",
    ]);
  });

  it("pauses when signed out until retried", async () => {
    const server = fakeServer([
      {
        type: "response",
        status: 401,
        body: { error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } },
      },
    ]);
    const outbox = new ReviewOutbox({ transport: server.transport });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    expect(outbox.status).toEqual({
      state: "paused",
      pending: 1,
      message: "Sign in to continue.",
    });
    outbox.retryNow();
    await settle();
    expect(outbox.pending).toBe(0);
  });

  it("drops a rating the server refuses, with its message, and goes on", async () => {
    const server = fakeServer([
      {
        type: "response",
        status: 404,
        body: { error: { code: "NOT_FOUND", message: "That flashcard does not exist." } },
      },
    ]);
    const failed: string[] = [];
    const saved: string[] = [];
    const outbox = new ReviewOutbox({
      transport: server.transport,
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
    const outbox = new ReviewOutbox({
      transport: server.transport,
      events: { undoSaved: (op) => undone.push(op.ratingId) },
    });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    expect(outbox.addUndo("undo-1", "client-a")).toBe("queued");
    await settle();
    expect(server.requests.at(-1)).toEqual({ path: UNDO_PATH, body: { reviewLogId: "log-1" } });
    expect(undone).toEqual(["client-a"]);
  });

  it("withdraws a rating that was never sent instead of sending it and its undo", async () => {
    const server = fakeServer([network]);
    const timers = manualTimers();
    const outbox = new ReviewOutbox({
      transport: server.transport,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    outbox.addRating("client-b", "c-two", 4);
    expect(outbox.addUndo("undo-b", "client-b")).toBe("cancelled");
    // client-a was sent once and may have arrived: it needs a real undo.
    expect(outbox.addUndo("undo-a", "client-a")).toBe("queued");
    timers.fire();
    await settle();
    expect(server.requests.map((request) => request.path)).toEqual([
      REVIEWS_PATH,
      REVIEWS_PATH,
      UNDO_PATH,
    ]);
    expect(server.requests.some((request) => request.body.clientId === "client-b")).toBe(false);
    expect(outbox.pending).toBe(0);
  });

  it("reports an undo the server refuses, and refuses to undo a rating it never saw", async () => {
    const conflict: TransportResult = {
      type: "response",
      status: 409,
      body: { error: { code: "CONFLICT", message: "Only the most recent rating can be undone." } },
    };
    const server = fakeServer();
    const failures: string[] = [];
    const outbox = new ReviewOutbox({
      transport: {
        post: (path, body) =>
          path === UNDO_PATH ? Promise.resolve(conflict) : server.transport.post(path, body),
      },
      events: { undoFailed: (_op, message) => failures.push(message) },
    });
    outbox.addRating("client-a", "c-one", 3);
    await settle();
    expect(outbox.addUndo("undo-a", "client-a")).toBe("queued");
    await settle();
    expect(failures).toEqual(["Only the most recent rating can be undone."]);
    expect(outbox.pending).toBe(0);
    expect(outbox.addUndo("undo-z", "client-unknown")).toBe("unknown");
  });

  it("keeps unsaved changes on the device and sends them from the next page", async () => {
    const device = memoryStorage();
    const down = fakeServer([network]);
    const timers = manualTimers();
    const first = new ReviewOutbox({
      transport: down.transport,
      storage: deviceOutboxStorage(device, "user-1"),
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    first.addRating("client-a", "c-one", 3);
    first.addRating("client-b", "c-two", 1);
    await settle();
    // client-b never left the device: undoing it just withdraws it.
    expect(first.addUndo("undo-b", "client-b")).toBe("cancelled");
    expect(device.data.size).toBe(1);
    first.dispose();

    // Another learner's leftovers on the same device are not touched.
    deviceOutboxStorage(device, "user-2").save({
      kind: "rating",
      id: "other",
      flashcardId: "c-one",
      rating: 2,
      seq: 1,
    });

    const up = fakeServer();
    const second = new ReviewOutbox({
      transport: up.transport,
      storage: deviceOutboxStorage(device, "user-1"),
    });
    const leftover = second.restore();
    expect(leftover.map((op) => op.id)).toEqual(["client-a"]);
    expect([...ratedCardIds(leftover)]).toEqual(["c-one"]);
    await settle();
    expect(up.requests.map((request) => request.body.clientId)).toEqual(["client-a"]);
    expect([...device.data.keys()]).toEqual(["quizdeck:flashcard-outbox:user-2:other"]);
  });

  it("re-sends a restored rating to learn its log id before undoing it", async () => {
    const device = memoryStorage();
    const storage = deviceOutboxStorage(device, "user-1");
    const leftovers: OutboxOp[] = [
      { kind: "undo", id: "undo-a", ratingId: "client-a", flashcardId: "c-one", rating: 3, seq: 2 },
    ];
    for (const op of leftovers) storage.save(op);
    const server = fakeServer();
    const outbox = new ReviewOutbox({ transport: server.transport, storage });
    outbox.restore();
    await settle();
    expect(server.requests).toEqual([
      { path: REVIEWS_PATH, body: { flashcardId: "c-one", rating: 3, clientId: "client-a" } },
      { path: UNDO_PATH, body: { reviewLogId: "log-1" } },
    ]);
    expect(device.data.size).toBe(0);
  });

  it("counts leftover ratings net of leftover undos", () => {
    const ops: OutboxOp[] = [
      { kind: "rating", id: "a", flashcardId: "c-one", rating: 3, seq: 1 },
      { kind: "rating", id: "b", flashcardId: "c-two", rating: 3, seq: 2 },
      { kind: "undo", id: "u", ratingId: "b", flashcardId: "c-two", rating: 3, seq: 3 },
    ];
    expect([...ratedCardIds(ops)]).toEqual(["c-one"]);
  });
});

describe("deviceOutboxStorage", () => {
  it("skips malformed entries and survives a broken storage", () => {
    const device = memoryStorage();
    device.setItem("quizdeck:flashcard-outbox:u:bad", "{not json");
    device.setItem("quizdeck:flashcard-outbox:u:worse", JSON.stringify({ kind: "rating" }));
    expect(deviceOutboxStorage(device, "u").load()).toEqual([]);

    const broken: OutboxStorage = deviceOutboxStorage(
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
    expect(() =>
      broken.save({ kind: "rating", id: "a", flashcardId: "c", rating: 1, seq: 1 }),
    ).not.toThrow();
    expect(() => broken.remove("a")).not.toThrow();
    expect(deviceOutboxStorage(null, "u").load()).toEqual([]);
  });
});
