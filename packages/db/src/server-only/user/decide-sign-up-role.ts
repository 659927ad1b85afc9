import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ForbiddenError, parseInput } from "../../errors.ts";
import { emailField, ROLES, type Role } from "../../fields/account.ts";
import { checkTeacherInvite } from "./check-teacher-invite.ts";
import { hasAnyAccount } from "./has-any-account.ts";
import { hashInviteToken, isPlausibleInviteToken } from "./internal/invite-token.ts";
import { TEACHER_SIGNUP_POLICIES } from "./user-policy.ts";

const decideSignUpRoleSchema = z.object({
  policy: z.enum(TEACHER_SIGNUP_POLICIES),
  /** What the person asked for on the sign-up form: only a request. */
  requestedRole: z.enum(ROLES),
  email: emailField,
  inviteToken: z.string().optional(),
});

export interface SignUpDecision {
  role: Role;
  admin: boolean;
}

/**
 * The role a new account gets, decided here and nowhere else (the sign-up
 * body's `role` is only a request): a student whenever asked; a teacher under
 * the "open" policy, under "invite" only by claiming an unused invite link
 * (atomically: two sign-ups with one link cannot both win), never under
 * "closed". The first account on an empty instance becomes its administrator
 * and a teacher, except under "closed", where `npm run admin:create` makes
 * administrators. Refusals say why.
 */
export async function decideSignUpRole(
  db: Db,
  options: z.input<typeof decideSignUpRoleSchema> & { now?: Date },
): Promise<SignUpDecision> {
  const { policy, requestedRole, email, inviteToken } = parseInput(decideSignUpRoleSchema, options);
  const now = options.now ?? new Date();
  if (policy !== "closed" && !(await hasAnyAccount(db))) return { role: "teacher", admin: true };
  if (requestedRole === "student" || policy === "open")
    return { role: requestedRole, admin: false };
  if (policy === "closed") {
    throw new ForbiddenError(
      "Teacher accounts on this site are made by its administrator. Sign up as a student, or ask the administrator for a teacher account.",
    );
  }
  if (!inviteToken) {
    throw new ForbiddenError(
      "Teacher accounts on this site need an invite link from a teacher here. Ask a colleague for one, or sign up as a student.",
    );
  }
  if (isPlausibleInviteToken(inviteToken)) {
    const { count } = await db.teacherInvite.updateMany({
      where: {
        tokenHash: hashInviteToken(inviteToken),
        usedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      data: { usedAt: now, usedByEmail: email },
    });
    if (count === 1) return { role: "teacher", admin: false };
  }
  throw new ForbiddenError(
    INVITE_REFUSALS[await checkTeacherInvite(db, { token: inviteToken, now })],
  );
}

const INVITE_REFUSALS = {
  unknown: "That invite link is not valid. Check that you copied all of it, or ask for a new one.",
  open: "That invite link could not be used just now. Please try again.",
  used: "That invite link has already been used. Ask for a new one.",
  expired: "That invite link has expired. Ask for a new one.",
  withdrawn: "That invite link was withdrawn by the teacher who made it. Ask for a new one.",
} as const;
