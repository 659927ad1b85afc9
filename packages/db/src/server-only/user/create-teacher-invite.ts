import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, parseInput } from "../../errors.ts";
import { hashInviteToken, newInviteToken } from "./internal/invite-token.ts";
import { requireUser } from "./internal/require-user.ts";
import { INVITE_POLICY } from "./user-policy.ts";

const createTeacherInviteSchema = z.object({ teacherId: z.string().min(1) });

/**
 * Makes a one-use link that lets someone sign up as a teacher. The token is
 * returned once, here; only its hash is stored.
 */
export async function createTeacherInvite(
  db: Db,
  options: z.input<typeof createTeacherInviteSchema> & { now?: Date },
) {
  const { teacherId } = parseInput(createTeacherInviteSchema, options);
  const now = options.now ?? new Date();
  await requireUser(db, teacherId, "teacher");
  const open = await db.teacherInvite.count({
    where: { createdById: teacherId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
  });
  if (open >= INVITE_POLICY.maxOpenPerTeacher) {
    throw new ConflictError(
      `You already have ${INVITE_POLICY.maxOpenPerTeacher} unused invite links. Withdraw some before making more.`,
    );
  }
  const token = newInviteToken();
  const invite = await db.teacherInvite.create({
    data: {
      tokenHash: hashInviteToken(token),
      createdById: teacherId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITE_POLICY.lifetimeDays * 86_400_000),
    },
    select: { id: true, createdAt: true, expiresAt: true },
  });
  return { invite, token };
}
