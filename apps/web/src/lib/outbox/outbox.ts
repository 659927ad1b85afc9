import { type Outcome, RETRY_POLICY, type Rejection, retryDelay } from "./retry-policy";

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
 * drive it with fakes. Each feature subclasses it: how one item is sent, and
 * what the page does when it is saved or refused.
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
  baseDelayMs?: number;
  maxDelayMs?: number;
  signedOutDelayMs?: number;
  onChange?: (state: OutboxState<T>) => void;
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

export abstract class Outbox<T, R> {
  private items: T[];
  /** Added by this page and never sent: the only ones that may be withdrawn. */
  private readonly unsent = new Set<string>();
  private inFlight: string | null = null;
  private sending = false;
  private online: boolean;
  private problem: OutboxProblem | null = null;
  private lastError: (Rejection & { item: T }) | null = null;
  private failures = 0;
  private timer: unknown = null;
  private disposed = false;
  private idleWaiters: (() => void)[] = [];
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly timing: { baseDelayMs: number; maxDelayMs: number; signedOutDelayMs: number };

  /**
   * `followOtherTabs`: read the store again before each send, so items another
   * tab added are sent and items it sent are not sent twice.
   */
  constructor(
    private readonly store: OutboxStore<T> | null,
    private readonly followOtherTabs: boolean,
    private readonly options: OutboxOptions<T>,
  ) {
    this.items = store?.load() ?? [];
    this.online = options.initiallyOnline ?? true;
    if (!this.online) this.problem = OFFLINE;
    this.timers = options.timers ?? browserTimers;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.timing = {
      baseDelayMs: options.baseDelayMs ?? RETRY_POLICY.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? RETRY_POLICY.maxDelayMs,
      signedOutDelayMs: options.signedOutDelayMs ?? RETRY_POLICY.signedOutDelayMs,
    };
  }

  /** The item's client id. */
  protected abstract idOf(item: T): string;
  /** One try at sending `item`. */
  protected abstract deliver(item: T): Promise<Outcome<R>>;
  /** The server has it (not called once disposed). */
  protected delivered(_item: T, _value: R): void {}
  /** The server refused it for good (not called once disposed). */
  protected refused(_item: T, _rejection: Rejection): void {}

  /** Starts sending whatever is waiting (an earlier page's leftovers too). */
  start(): void {
    this.emit();
    void this.flush();
  }

  /** Everything waiting, oldest first. */
  waiting(): T[] {
    return [...this.items];
  }

  /**
   * Keeps `item` (on the device before anything is sent) and sends it after the
   * others. Waiting items it `supersedes` are dropped, except the one in flight.
   */
  protected add(item: T, supersedes?: (waiting: T) => boolean): void {
    this.refresh();
    const dropped = supersedes
      ? this.items.filter((waiting) => this.idOf(waiting) !== this.inFlight && supersedes(waiting))
      : [];
    this.items = [...this.items.filter((waiting) => !dropped.includes(waiting)), item];
    this.unsent.add(this.idOf(item));
    this.store?.put(item);
    for (const old of dropped) this.forgetItem(old);
    if (this.lastError && supersedes?.(this.lastError.item)) this.lastError = null;
    this.emit();
    void this.flush();
  }

  /** Changes a waiting item in place (same id, same place in line). */
  protected replace(item: T): void {
    const id = this.idOf(item);
    if (!this.items.some((waiting) => this.idOf(waiting) === id)) return;
    this.items = this.items.map((waiting) => (this.idOf(waiting) === id ? item : waiting));
    this.store?.put(item);
  }

  /** Takes back an item this page added and never sent; false when it may have reached the server. */
  protected withdraw(id: string): boolean {
    const item = this.items.find((waiting) => this.idOf(waiting) === id);
    if (!item || !this.unsent.has(id)) return false;
    this.items = this.items.filter((waiting) => waiting !== item);
    this.forgetItem(item);
    this.emit();
    return true;
  }

  setOnline(online: boolean): void {
    this.online = online;
    this.clearTimer();
    if (online) {
      this.failures = 0;
      if (this.problem?.kind === "offline") this.problem = null;
      this.emit();
      void this.flush();
    } else {
      this.problem = OFFLINE;
      this.emit();
    }
  }

  /** Try now (a "Retry now" button, the page shown again). */
  retryNow(): void {
    this.failures = 0;
    this.clearTimer();
    void this.flush();
  }

  /**
   * Resolves true once nothing is waiting, or false after `timeoutMs` (or as
   * soon as a try has failed, when `failFast`): for submitting.
   */
  drain(timeoutMs: number, failFast = false): Promise<boolean> {
    if (this.items.length === 0) return Promise.resolve(true);
    this.retryNow();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (value: boolean) => {
        if (settled) return;
        settled = true;
        this.timers.clear(handle);
        this.idleWaiters = this.idleWaiters.filter((waiter) => waiter !== check);
        resolve(value);
      };
      const check = () => {
        if (this.items.length === 0) finish(true);
        else if (failFast && this.problem && !this.sending) finish(false);
      };
      const handle = this.timers.set(() => finish(false), timeoutMs);
      this.idleWaiters.push(check);
      check();
    });
  }

  state(): OutboxState<T> {
    return {
      pending: this.items.length,
      sending: this.sending,
      online: this.online,
      problem: this.problem,
      lastError: this.lastError,
      durable: this.store?.durable ?? false,
    };
  }

  /** Drops everything, here and on the device (nothing more can be saved where it was going). */
  clear(): void {
    this.items = [];
    this.unsent.clear();
    this.store?.clear();
    this.emit();
  }

  /** Stops timers and callbacks (the page is going away); waiting items stay on the device. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  /** Sends until nothing waits or a try fails; a scheduled retry is not jumped (Retry-After holds). */
  private async flush(): Promise<void> {
    if (this.sending || this.disposed || !this.online || this.timer !== null) return;
    this.sending = true;
    try {
      while (!this.disposed && this.online) {
        this.refresh();
        const next = this.items[0];
        if (next === undefined) break;
        const id = this.idOf(next);
        this.inFlight = id;
        this.unsent.delete(id);
        this.emit();
        let outcome: Outcome<R>;
        try {
          outcome = await this.deliver(next);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          outcome = { kind: "retry", reason: "unreachable", message, retryAfterMs: null };
        }
        this.inFlight = null;
        if (outcome.kind === "done" || outcome.kind === "rejected") {
          this.items = this.items.filter((waiting) => this.idOf(waiting) !== id);
          this.forgetItem(next);
          this.failures = 0;
          this.problem = null;
          if (outcome.kind === "done") {
            if (!this.disposed) this.delivered(next, outcome.value);
          } else {
            const { status, code, message } = outcome;
            this.lastError = { item: next, status, code, message };
            if (!this.disposed) this.refused(next, { status, code, message });
          }
          continue;
        }
        this.failures += 1;
        const delay =
          outcome.kind === "signed-out"
            ? this.timing.signedOutDelayMs
            : retryDelay(this.failures, outcome.retryAfterMs, this.random, this.timing);
        this.problem = {
          kind:
            outcome.kind === "signed-out" ? "signed-out" : this.online ? outcome.reason : "offline",
          message: outcome.message,
          nextRetryAt: this.now() + delay,
        };
        this.scheduleRetry(delay);
        break;
      }
    } finally {
      this.sending = false;
      this.inFlight = null;
      this.emit();
    }
  }

  /** Another tab may have added or sent items since: take the device's list. */
  private refresh(): void {
    if (!this.followOtherTabs || !this.store?.durable) return;
    const stored = this.store.load();
    if (stored) this.items = stored;
  }

  private forgetItem(item: T): void {
    const id = this.idOf(item);
    this.unsent.delete(id);
    this.store?.remove(id);
  }

  private scheduleRetry(delay: number): void {
    this.clearTimer();
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private emit(): void {
    if (this.disposed) return;
    this.options.onChange?.(this.state());
    for (const waiter of [...this.idleWaiters]) waiter();
  }
}
