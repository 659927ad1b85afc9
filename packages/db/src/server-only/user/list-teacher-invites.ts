import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { inviteStatus } from "./internal/invite-status.ts";
import { requireUser } from "./internal/require-user.ts";
import { INVITE_POLICY } from "./user-policy.ts";

const listTeacherInvitesSchema = z.object({ teacherId: z.string().min(1) });

/** The invite links a teacher made, newest first, with what became of each (never the link itself). */
export async function listTeacherInvites(
  db: Db,
  options: z.input<typeof listTeacherInvitesSchema> & { now?: Date },
) {
  const { teacherId } = parseInput(listTeacherInvitesSchema, options);
  const now = options.now ?? new Date();
  await requireUser(db, teacherId, "teacher");
  const invites = await db.teacherInvite.findMany({
    where: { createdById: teacherId },
    orderBy: { createdAt: "desc" },
    take: INVITE_POLICY.listed,
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      usedAt: true,
      usedByEmail: true,
      revokedAt: true,
    },
  });
  return invites.map((invite) => ({ ...invite, status: inviteStatus(invite, now) }));
}
