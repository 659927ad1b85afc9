import type { DeviceStorage } from "./device-storage";
import type { Timers } from "./outbox";
import type { Reply } from "./retry-policy";

/** localStorage in memory; `failWrites` makes it refuse writes as a full one does. */
export class FakeStorage implements DeviceStorage {
  readonly data = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error("QuotaExceededError");
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

/** Timers that fire only when the test says so. */
export class ManualTimers implements Timers {
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
  /** Fires every timer set so far (time is whatever the test says). */
  fireAll() {
    const due = [...this.scheduled.values()];
    this.scheduled.clear();
    for (const entry of due) entry.callback();
  }
}

/** Lets pending promise callbacks and zero-delay timers run. */
export async function settle() {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export const NO_RESPONSE: Reply = null;

/** A reply of the server; `body` undefined: it was not JSON. */
export function reply(status: number, body: unknown, retryAfterMs: number | null = null): Reply {
  return { status, body, retryAfterMs };
}

export const UNAVAILABLE = reply(
  503,
  { error: { code: "UNAVAILABLE", message: "The database is not reachable just now." } },
  2_000,
);
