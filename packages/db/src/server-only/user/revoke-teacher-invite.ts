import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, NotFoundError, parseInput } from "../../errors.ts";
import { requireUser } from "./internal/require-user.ts";

const revokeTeacherInviteSchema = z.object({
  teacherId: z.string().min(1),
  inviteId: z.string().min(1),
});

/** Withdraws one of the teacher's own unused invite links; withdrawing it again changes nothing. */
export async function revokeTeacherInvite(
  db: Db,
  options: z.input<typeof revokeTeacherInviteSchema> & { now?: Date },
) {
  const { teacherId, inviteId } = parseInput(revokeTeacherInviteSchema, options);
  await requireUser(db, teacherId, "teacher");
  const invite = await db.teacherInvite.findUnique({ where: { id: inviteId } });
  if (!invite || invite.createdById !== teacherId) {
    throw new NotFoundError("That invite link does not exist.");
  }
  if (invite.revokedAt) return invite;
  // Conditional on still being unused, so a sign-up claiming it at this moment wins cleanly.
  const { count } = await db.teacherInvite.updateMany({
    where: { id: inviteId, usedAt: null, revokedAt: null },
    data: { revokedAt: options.now ?? new Date() },
  });
  if (count === 0) {
    throw new ConflictError(
      "That invite link has already been used: there is nothing to withdraw.",
    );
  }
  return db.teacherInvite.findUniqueOrThrow({ where: { id: inviteId } });
}
