import { type Outcome, type Rejection, retryDelay, SIGNED_OUT_DELAY_MS } from "./retry-policy";

/**
 * The browser's outbox: writes the student made that the server has not
 * confirmed yet (quiz answers, flashcard ratings). Nothing is ever lost:
 *
 * - an item is kept on the device (the store) BEFORE it is sent, and leaves it
 *   only when the server has it (2xx) or has refused it for good (a final 4xx);
 * - items go one at a time, oldest first, so each feature's order holds (an
 *   undo after its rating); a failed try blocks the ones behind it;
 * - failures are retried as the retry policy says (backoff with jitter,
 *   Retry-After), each time with the same client id, so the server applies it
 *   once; nothing is sent while the browser says it is offline;
 * - whatever a closed tab or a reload left is sent by the next page.
 *
 * Pure logic around injected edges (store, network, timers, clock), so tests
 * drive it with fakes. Each feature says how one item is sent, and what the
 * page does when it is saved or refused (OutboxSpec).
 */

/** Where waiting items are kept on the device (localStorage in the browser). */
export interface OutboxStore<T> {
  /** Everything waiting, oldest first; null when the device copy cannot be read. */
  load(): T[] | null;
  /** Keeps a new or changed item. Never throws: a refusal makes `durable` false. */
  put(item: T): void;
  /** Best effort, never throws. */
  remove(id: string): void;
  /** Forgets everything of this outbox. */
  clear(): void;
  /** False once the device refused a write: the page's memory is then the only full copy. */
  readonly durable: boolean;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export type OutboxProblem = {
  /**
   * offline: the browser says it has no network; unreachable: it has, but no
   * reply came back; server: the server asked to come back later;
   * signed-out: the session ended (kept until the student signs in again).
   */
  kind: "offline" | "unreachable" | "server" | "signed-out";
  message: string;
  /** Epoch ms of the next automatic try; null while waiting for the network. */
  nextRetryAt: number | null;
};

export interface OutboxState<T> {
  /** Items kept here and not yet confirmed by the server. */
  pending: number;
  sending: boolean;
  online: boolean;
  problem: OutboxProblem | null;
  /** The last final refusal, until an item that supersedes it is added. */
  lastError: (Rejection & { item: T }) | null;
  /** False when there is no device copy: closing the page would lose what is pending. */
  durable: boolean;
}

export interface OutboxOptions<T> {
  initiallyOnline?: boolean;
  timers?: Timers;
  now?: () => number;
  random?: () => number;
  /** Retry timing other than the policy's (tests). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  onChange?: (state: OutboxState<T>) => void;
}

/** What a feature tells the outbox about its items. */
export interface OutboxSpec<T, R> {
  store: OutboxStore<T> | null;
  /**
   * Read the store again before each send, so items another tab added are
   * sent and items it sent are not sent twice.
   */
  followOtherTabs: boolean;
  /** The item's client id. */
  idOf: (item: T) => string;
  /** One try at sending `item`. */
  deliver: (item: T) => Promise<Outcome<R>>;
  /** The server has it (not called once disposed). */
  delivered?: (item: T, value: R) => void;
  /** The server refused it for good (not called once disposed). */
  refused?: (item: T, rejection: Rejection) => void;
}

const OFFLINE: OutboxProblem = {
  kind: "offline",
  message: "No network connection.",
  nextRetryAt: null,
};

const browserTimers: Timers = {
  set: (callback, ms) => globalThis.setTimeout(callback, ms),
  clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

// A closure rather than a class: its internals minify to short names (the quiz
// player's JavaScript budget is tight).
export function createOutbox<T, R>(spec: OutboxSpec<T, R>, options: OutboxOptions<T>) {
  const { store, idOf } = spec;
  const timers = options.timers ?? browserTimers;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  let items: T[] = store?.load() ?? [];
  /** Added by this page and never sent: the only ones that may be withdrawn. */
  const unsent = new Set<string>();
  let inFlight: string | null = null;
  let sending = false;
  let online = options.initiallyOnline ?? true;
  let problem: OutboxProblem | null = online ? null : OFFLINE;
  let lastError: (Rejection & { item: T }) | null = null;
  let failures = 0;
  let timer: unknown = null;
  let disposed = false;
  let idleWaiters: (() => void)[] = [];

  const state = (): OutboxState<T> => ({
    pending: items.length,
    sending,
    online,
    problem,
    lastError,
    durable: store?.durable ?? false,
  });

  const emit = () => {
    if (disposed) return;
    options.onChange?.(state());
    for (const waiter of [...idleWaiters]) waiter();
  };

  /** Another tab may have added or sent items since: take the device's list. */
  const refresh = () => {
    if (!spec.followOtherTabs || !store?.durable) return;
    const stored = store.load();
    if (stored) items = stored;
  };

  const forget = (item: T) => {
    const id = idOf(item);
    unsent.delete(id);
    store?.remove(id);
  };

  const clearTimer = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };

  /** Sends until nothing waits or a try fails; a scheduled retry is not jumped (Retry-After holds). */
  const flush = async (): Promise<void> => {
    if (sending || disposed || !online || timer !== null) return;
    sending = true;
    try {
      while (!disposed && online) {
        refresh();
        const next = items[0];
        if (next === undefined) break;
        const id = idOf(next);
        inFlight = id;
        unsent.delete(id);
        emit();
        let outcome: Outcome<R>;
        try {
          outcome = await spec.deliver(next);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          outcome = { kind: "retry", reason: "unreachable", message, retryAfterMs: null };
        }
        inFlight = null;
        if (outcome.kind === "done" || outcome.kind === "rejected") {
          items = items.filter((waiting) => idOf(waiting) !== id);
          forget(next);
          failures = 0;
          problem = null;
          if (outcome.kind === "done") {
            if (!disposed) spec.delivered?.(next, outcome.value);
          } else {
            const { status, code, message } = outcome;
            lastError = { item: next, status, code, message };
            if (!disposed) spec.refused?.(next, { status, code, message });
          }
          continue;
        }
        failures += 1;
        const delay =
          outcome.kind === "signed-out"
            ? SIGNED_OUT_DELAY_MS
            : retryDelay(
                failures,
                outcome.retryAfterMs,
                random,
                options.baseDelayMs,
                options.maxDelayMs,
              );
        problem = {
          kind: outcome.kind === "signed-out" ? "signed-out" : online ? outcome.reason : "offline",
          message: outcome.message,
          nextRetryAt: now() + delay,
        };
        timer = timers.set(() => {
          timer = null;
          void flush();
        }, delay);
        break;
      }
    } finally {
      sending = false;
      inFlight = null;
      emit();
    }
  };

  const retryNow = () => {
    failures = 0;
    clearTimer();
    void flush();
  };

  return {
    state,

    /** Starts sending whatever is waiting (an earlier page's leftovers too). */
    start(): void {
      emit();
      void flush();
    },

    /** Everything waiting, oldest first. */
    waiting: (): T[] => [...items],

    /**
     * Keeps `item` (on the device before anything is sent) and sends it after the
     * others. Waiting items it `supersedes` are dropped, except the one in flight.
     */
    add(item: T, supersedes?: (waiting: T) => boolean): void {
      refresh();
      const dropped = supersedes
        ? items.filter((waiting) => idOf(waiting) !== inFlight && supersedes(waiting))
        : [];
      items = [...items.filter((waiting) => !dropped.includes(waiting)), item];
      unsent.add(idOf(item));
      store?.put(item);
      for (const old of dropped) forget(old);
      if (lastError && supersedes?.(lastError.item)) lastError = null;
      emit();
      void flush();
    },

    /** Takes back an item this page added and never sent; false when it may have reached the server. */
    withdraw(id: string): boolean {
      const item = items.find((waiting) => idOf(waiting) === id);
      if (!item || !unsent.has(id)) return false;
      items = items.filter((waiting) => waiting !== item);
      forget(item);
      emit();
      return true;
    },

    setOnline(isOnline: boolean): void {
      online = isOnline;
      clearTimer();
      if (isOnline) {
        failures = 0;
        if (problem?.kind === "offline") problem = null;
        emit();
        void flush();
      } else {
        problem = OFFLINE;
        emit();
      }
    },

    /** Try now (a "Retry now" button, the page shown again). */
    retryNow,

    /**
     * Resolves true once nothing is waiting, or false after `timeoutMs` (or as
     * soon as a try has failed, when `failFast`): for submitting.
     */
    drain(timeoutMs: number, failFast = false): Promise<boolean> {
      if (items.length === 0) return Promise.resolve(true);
      retryNow();
      return new Promise((resolve) => {
        let settled = false;
        const finish = (value: boolean) => {
          if (settled) return;
          settled = true;
          timers.clear(handle);
          idleWaiters = idleWaiters.filter((waiter) => waiter !== check);
          resolve(value);
        };
        const check = () => {
          if (items.length === 0) finish(true);
          else if (failFast && problem && !sending) finish(false);
        };
        const handle = timers.set(() => finish(false), timeoutMs);
        idleWaiters.push(check);
        check();
      });
    },

    /** Drops everything, here and on the device (nothing more can be saved where it was going). */
    clear(): void {
      items = [];
      unsent.clear();
      store?.clear();
      emit();
    },

    /** Stops timers and callbacks (the page is going away); waiting items stay on the device. */
    dispose(): void {
      disposed = true;
      clearTimer();
    },
  };
}
