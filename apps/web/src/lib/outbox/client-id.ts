/**
 * A new client id: the server stores an item sent twice with the same one
 * once. A UUID where the browser offers one (secure contexts), else 128
 * random bits in hex (the APIs accept 8–100 letters, digits, - and _).
 */
export function newClientId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === "function") return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
