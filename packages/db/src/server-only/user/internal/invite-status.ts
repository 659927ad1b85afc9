/** What became of an invite link. */
export type InviteStatus = "open" | "used" | "expired" | "withdrawn";

export function inviteStatus(
  invite: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InviteStatus {
  if (invite.usedAt) return "used";
  if (invite.revokedAt) return "withdrawn";
  return invite.expiresAt <= now ? "expired" : "open";
}
