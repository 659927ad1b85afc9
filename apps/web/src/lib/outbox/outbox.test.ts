import { describe, expect, it } from "vitest";
import { createOutbox, type OutboxStore } from "./outbox";
import type { Outcome } from "./retry-policy";
import { ManualTimers, settle } from "./test-fakes";

interface Item {
  id: string;
}

/** A store in memory that says what was done to it. */
function memoryStore(initial: Item[] = []): OutboxStore<Item> & { items: Item[] } {
  const store = {
    items: [...initial],
    durable: true,
    load: () => [...store.items],
    put: (item: Item) => {
      store.items = [...store.items.filter((kept) => kept.id !== item.id), item];
    },
    remove: (id: string) => {
      store.items = store.items.filter((kept) => kept.id !== id);
    },
    clear: () => {
      store.items = [];
    },
  };
  return store;
}

function outboxWith(deliver: (item: Item) => Promise<Outcome<string>>, store = memoryStore()) {
  const timers = new ManualTimers();
  const delivered: string[] = [];
  const outbox = createOutbox<Item, string>(
    {
      store,
      followOtherTabs: false,
      idOf: (item) => item.id,
      deliver,
      delivered: (item, value) => delivered.push(`${item.id}:${value}`),
    },
    { timers, random: () => 0.5 },
  );
  return { outbox, store, timers, delivered };
}

describe("createOutbox", () => {
  it("keeps an item whose sending threw, and tries it again later", async () => {
    let calls = 0;
    const { outbox, store, timers, delivered } = outboxWith(async (item) => {
      calls += 1;
      if (calls === 1) throw new Error("bug in a sender");
      return { kind: "done", value: item.id.toUpperCase() };
    });
    outbox.add({ id: "a" });
    await settle();
    expect(outbox.state().problem).toMatchObject({
      kind: "unreachable",
      message: "bug in a sender",
    });
    expect(store.items).toEqual([{ id: "a" }]);
    timers.fireAll();
    await settle();
    expect(delivered).toEqual(["a:A"]);
    expect(store.items).toEqual([]);
  });

  it("withdraws only an item it has never sent", async () => {
    const { outbox, store } = outboxWith(async () => ({
      kind: "retry",
      reason: "server",
      message: "busy",
      retryAfterMs: null,
    }));
    outbox.add({ id: "sent" });
    await settle();
    outbox.add({ id: "unsent" });
    expect(outbox.withdraw("unsent")).toBe(true);
    expect(outbox.withdraw("sent")).toBe(false);
    expect(outbox.withdraw("unknown")).toBe(false);
    expect(store.items).toEqual([{ id: "sent" }]);
  });

  it("starts with what the store kept, and is not durable without a store", async () => {
    const kept = outboxWith(async () => ({ kind: "done", value: "" }), memoryStore([{ id: "k" }]));
    expect(kept.outbox.waiting()).toEqual([{ id: "k" }]);
    expect(kept.outbox.state().durable).toBe(true);
    kept.outbox.start();
    await settle();
    expect(kept.outbox.state().pending).toBe(0);

    const memoryOnly = createOutbox<Item, string>(
      {
        store: null,
        followOtherTabs: false,
        idOf: (item) => item.id,
        deliver: async () => ({ kind: "done", value: "" }),
      },
      {},
    );
    expect(memoryOnly.state().durable).toBe(false);
  });
});
