/** The part of the Web Storage API the outbox stores use (localStorage in the browser). */
export type DeviceStorage = Pick<Storage, "length" | "key" | "getItem" | "setItem" | "removeItem">;

/** The browser's localStorage when it accepts writes; null otherwise (some private modes, storage off). */
export function deviceStorage(): DeviceStorage | null {
  try {
    const storage = window.localStorage;
    const probe = "quizdeck:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
