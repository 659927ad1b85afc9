import { describe, expect, it } from "vitest";
import {
  createSession,
  LEARN_AHEAD_MS,
  MAX_ANSWER_SECONDS,
  type SessionAction,
  type SessionState,
  sessionPhase,
  sessionReducer,
  summarize,
} from "./session";
import type { SessionCard } from "./types";

const T0 = Date.parse("2026-03-02T10:00:00Z");
const MIN = 60_000;

function card(id: string, state: SessionCard["state"] = "new"): SessionCard {
  return {
    id,
    front: `front of ${id}`,
    back: `back of ${id}`,
    evidence: [{ paragraphId: "p01", quote: `quote for ${id}` }],
    source: null,
    state,
    intervals: { 1: "1m", 2: "6m", 3: "10m", 4: "8d" },
  };
}

const LEARNING_INTERVALS = { 1: "1m", 2: "6m", 3: "1d", 4: "8d" } as const;

function run(state: SessionState, ...actions: SessionAction[]): SessionState {
  return actions.reduce(sessionReducer, state);
}

/** Reveals the current card and rates it. */
function answer(state: SessionState, rating: 1 | 2 | 3 | 4, clientId: string, now: number) {
  return run(state, { type: "reveal" }, { type: "rate", rating, clientId, now });
}

const shown = (state: SessionState) => state.current?.card.id ?? null;

describe("queue order", () => {
  it("shows the server's cards in order, one at a time, then ends", () => {
    let state = createSession([card("a"), card("b"), card("c")], T0);
    const seen: (string | null)[] = [];
    for (const [index, id] of ["r1", "r2", "r3"].entries()) {
      seen.push(shown(state));
      state = answer(state, 4, id, T0 + index * 1000);
      state = run(state, {
        type: "saved",
        clientId: id,
        state: "review",
        readyAt: T0 + 8 * 86_400_000,
        nextIntervals: LEARNING_INTERVALS,
        now: T0 + index * 1000,
      });
    }
    expect(seen).toEqual(["a", "b", "c"]);
    expect(state.current).toBeNull();
    expect(sessionPhase(state)).toBe("done");
  });

  it("drops duplicate cards from the server's list", () => {
    const state = createSession([card("a"), card("a"), card("b")], T0);
    expect(summarize(state).remaining).toBe(2);
  });

  it("needs the answer shown before a rating counts", () => {
    const state = createSession([card("a")], T0);
    const rated = run(state, { type: "rate", rating: 3, clientId: "r1", now: T0 });
    expect(rated).toBe(state);
  });

  it("brings a card rated Again back once its step has passed, before the rest of the queue", () => {
    let state = createSession([card("a"), card("b"), card("c"), card("d")], T0);
    state = answer(state, 1, "r1", T0);
    expect(shown(state)).toBe("b");
    // The server confirms: relearning, due in one minute, with fresh intervals.
    state = run(state, {
      type: "saved",
      clientId: "r1",
      state: "learning",
      readyAt: T0 + MIN,
      nextIntervals: LEARNING_INTERVALS,
      now: T0 + 100,
    });
    expect(shown(state)).toBe("b");
    // Rated before the step passed: the queue goes on.
    state = answer(state, 3, "r2", T0 + 30_000);
    expect(shown(state)).toBe("c");
    // After the step: "a" comes back ahead of "d", with its new intervals and state.
    state = answer(state, 3, "r3", T0 + 2 * MIN);
    expect(shown(state)).toBe("a");
    expect(state.current?.card.intervals).toEqual(LEARNING_INTERVALS);
    expect(state.current?.card.state).toBe("learning");
    expect(state.current?.source.kind).toBe("learning");
  });

  it("shows learning cards early when nothing else is left, within the learn-ahead limit", () => {
    let state = createSession([card("a")], T0);
    state = answer(state, 3, "r1", T0);
    expect(sessionPhase(state)).toBe("waiting");
    state = run(state, {
      type: "saved",
      clientId: "r1",
      state: "learning",
      readyAt: T0 + 10 * MIN,
      nextIntervals: LEARNING_INTERVALS,
      now: T0 + 100,
    });
    expect(shown(state)).toBe("a");
  });

  it("ends with learning cards further away than the learn-ahead limit, and reports them", () => {
    let state = createSession([card("a")], T0);
    state = answer(state, 1, "r1", T0);
    const readyAt = T0 + LEARN_AHEAD_MS + MIN;
    state = run(state, {
      type: "saved",
      clientId: "r1",
      state: "relearning",
      readyAt,
      nextIntervals: LEARNING_INTERVALS,
      now: T0,
    });
    expect(sessionPhase(state)).toBe("done");
    expect(summarize(state)).toMatchObject({ learningLeft: 1, nextLearningAt: readyAt });
    // A tick before then changes nothing; once time has passed it picks the card up.
    expect(run(state, { type: "tick", now: T0 + 10_000 }).current).toBeNull();
    expect(shown(run(state, { type: "tick", now: readyAt }))).toBe("a");
    // Or the learner chooses to study ahead.
    expect(shown(run(state, { type: "studyAhead", now: T0 + 10_000 }))).toBe("a");
    expect(run(createSession([], T0), { type: "studyAhead", now: T0 }).current).toBeNull();
  });

  it("does not requeue a card that graduated to review", () => {
    let state = createSession([card("a")], T0);
    state = answer(state, 4, "r1", T0);
    state = run(state, {
      type: "saved",
      clientId: "r1",
      state: "review",
      readyAt: T0 + 8 * 86_400_000,
      nextIntervals: LEARNING_INTERVALS,
      now: T0,
    });
    expect(sessionPhase(state)).toBe("done");
    expect(summarize(state).learningLeft).toBe(0);
  });

  it("appends more cards without repeating ones still in the session", () => {
    let state = createSession([card("a"), card("b")], T0);
    state = run(state, { type: "append", cards: [card("a"), card("b"), card("c")], now: T0 });
    expect(summarize(state).remaining).toBe(3);
  });

  it("drops a rating the server refused and counts it as failed", () => {
    let state = createSession([card("a"), card("b")], T0);
    state = answer(state, 3, "r1", T0);
    state = run(state, { type: "failed", clientId: "r1", now: T0 });
    expect(state.failedCount).toBe(1);
    expect(summarize(state).ratings).toBe(0);
    expect(shown(state)).toBe("b");
  });
});

describe("undo", () => {
  it("shows the last rated card again, unrevealed, and puts the current card back first", () => {
    let state = createSession([card("a"), card("b"), card("c")], T0);
    state = answer(state, 3, "r1", T0);
    expect(shown(state)).toBe("b");
    state = run(state, { type: "reveal" }, { type: "undo", now: T0 + 5000 });
    expect(shown(state)).toBe("a");
    expect(state.current?.revealed).toBe(false);
    expect(state.current?.card.intervals).toEqual(card("a").intervals);
    expect(state.history).toHaveLength(0);
    expect(state.undoneCount).toBe(1);
    state = answer(state, 4, "r2", T0 + 6000);
    expect(shown(state)).toBe("b");
    state = answer(state, 4, "r3", T0 + 7000);
    expect(shown(state)).toBe("c");
  });

  it("takes ratings back last first, several in a row", () => {
    let state = createSession([card("a"), card("b"), card("c")], T0);
    state = answer(state, 1, "r1", T0);
    state = answer(state, 2, "r2", T0);
    state = run(state, { type: "undo", now: T0 }, { type: "undo", now: T0 });
    expect(shown(state)).toBe("a");
    expect(state.queue.map((c) => c.id)).toEqual(["b", "c"]);
    expect(run(state, { type: "undo", now: T0 })).toMatchObject({ history: [] });
  });

  it("withdraws the learning copy a rating created, wherever it is", () => {
    let state = createSession([card("a"), card("b")], T0);
    state = answer(state, 1, "r1", T0);
    state = run(state, {
      type: "saved",
      clientId: "r1",
      state: "learning",
      readyAt: T0 + MIN,
      nextIntervals: LEARNING_INTERVALS,
      now: T0,
    });
    expect(state.learning).toHaveLength(1);
    state = run(state, { type: "undo", now: T0 + 1000 });
    expect(state.learning).toHaveLength(0);
    expect(shown(state)).toBe("a");
    expect(state.queue.map((c) => c.id)).toEqual(["b"]);

    // Again on the last card: its learning copy comes straight back on screen;
    // undo takes the copy off the screen and shows the card as it was.
    let last = createSession([card("z")], T0);
    last = answer(last, 1, "r9", T0);
    last = run(last, {
      type: "saved",
      clientId: "r9",
      state: "learning",
      readyAt: T0 + MIN,
      nextIntervals: LEARNING_INTERVALS,
      now: T0,
    });
    expect(last.current?.source.kind).toBe("learning");
    last = run(last, { type: "undo", now: T0 + 1000 });
    expect(last.current?.source.kind).toBe("queue");
    expect(last.current?.card.intervals).toEqual(card("z").intervals);
    expect(last.learning).toHaveLength(0);
  });

  it("ignores the server's answer for a rating undone before it arrived", () => {
    let state = createSession([card("a"), card("b")], T0);
    state = answer(state, 1, "r1", T0);
    state = run(state, { type: "undo", now: T0 });
    const after = run(state, {
      type: "saved",
      clientId: "r1",
      state: "learning",
      readyAt: T0,
      nextIntervals: LEARNING_INTERVALS,
      now: T0,
    });
    expect(after).toBe(state);
  });

  it("works from the end-of-session summary", () => {
    let state = createSession([card("a")], T0);
    state = answer(state, 4, "r1", T0);
    state = run(state, {
      type: "saved",
      clientId: "r1",
      state: "review",
      readyAt: T0 + 86_400_000,
      nextIntervals: LEARNING_INTERVALS,
      now: T0,
    });
    expect(sessionPhase(state)).toBe("done");
    state = run(state, { type: "undo", now: T0 });
    expect(sessionPhase(state)).toBe("card");
    expect(shown(state)).toBe("a");
  });

  it("puts a learning card on screen back into learning when undoing an earlier rating", () => {
    let state = createSession([card("a"), card("b")], T0);
    state = answer(state, 1, "r1", T0);
    state = run(state, {
      type: "saved",
      clientId: "r1",
      state: "learning",
      readyAt: T0 + MIN,
      nextIntervals: LEARNING_INTERVALS,
      now: T0,
    });
    state = answer(state, 3, "r2", T0 + 2 * MIN);
    expect(shown(state)).toBe("a");
    // Undo "b": "a" (learning copy of r1) goes back to the learning list.
    state = run(state, { type: "undo", now: T0 + 2 * MIN });
    expect(shown(state)).toBe("b");
    expect(state.learning.map((entry) => entry.card.id)).toEqual(["a"]);
  });
});

describe("summary", () => {
  it("counts distinct cards, ratings per button, and capped time per card", () => {
    let state = createSession([card("a"), card("b"), card("c"), card("d")], T0);
    state = answer(state, 1, "r1", T0 + 5_000); // 5 s
    state = run(state, {
      type: "saved",
      clientId: "r1",
      state: "learning",
      readyAt: T0 + 10_000,
      nextIntervals: LEARNING_INTERVALS,
      now: T0 + 5_000,
    });
    state = answer(state, 3, "r2", T0 + 5_000 + 10 * MIN); // capped at 60 s
    expect(shown(state)).toBe("a");
    state = answer(state, 3, "r3", T0 + 5_000 + 10 * MIN + 8_000); // 8 s
    state = answer(state, 2, "r4", T0 + 5_000 + 10 * MIN + 20_000); // 12 s
    state = answer(state, 4, "r5", T0 + 5_000 + 10 * MIN + 21_000); // undone
    expect(state.history.at(-1)?.card.id).toBe("d");
    state = run(state, { type: "undo", now: T0 + 5_000 + 10 * MIN + 22_000 });

    const summary = summarize(state);
    expect(summary.cardsReviewed).toBe(3);
    expect(summary.ratings).toBe(4);
    expect(summary.counts).toEqual({ 1: 1, 2: 1, 3: 2, 4: 0 });
    expect(summary.seconds).toBe(5 + MAX_ANSWER_SECONDS + 8 + 12);
    expect(state.undoneCount).toBe(1);
  });
});
