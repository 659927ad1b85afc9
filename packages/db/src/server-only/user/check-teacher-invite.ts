import type { Db } from "../../client/create-prisma-client.ts";
import { type InviteStatus, inviteStatus } from "./internal/invite-status.ts";
import { hashInviteToken, isPlausibleInviteToken } from "./internal/invite-token.ts";

/**
 * What an invite link from a URL is worth, for the sign-up page to say before
 * anyone types: "open" (it lets its holder sign up as a teacher), "used",
 * "expired", "withdrawn", or "unknown" (no such link). Claiming it is
 * `decideSignUpRole`'s job.
 */
export async function checkTeacherInvite(
  db: Db,
  options: { token: string; now?: Date },
): Promise<InviteStatus | "unknown"> {
  if (!isPlausibleInviteToken(options.token)) return "unknown";
  const invite = await db.teacherInvite.findUnique({
    where: { tokenHash: hashInviteToken(options.token) },
    select: { usedAt: true, revokedAt: true, expiresAt: true },
  });
  return invite ? inviteStatus(invite, options.now ?? new Date()) : "unknown";
}
