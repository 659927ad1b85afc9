import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: the part of an invite link that proves it. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored instead of the token, so a copy of the database holds no usable link. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The shape of a token this app makes (43 base64url characters); anything else names no invite. */
export function isPlausibleInviteToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
