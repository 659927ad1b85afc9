"use server";

import { getDb } from "@quizdeck/db";
import { ForbiddenError } from "@quizdeck/db/errors";
import { idField } from "@quizdeck/db/fields";
import { createTeacherInvite, INVITE_POLICY, revokeTeacherInvite } from "@quizdeck/db/user";
import { z } from "zod";
import { env } from "@/env";
import { defineAction } from "@/server/action/define-action";

/** Invite links work only under QUIZDECK_TEACHER_SIGNUP=invite; elsewhere making one is refused with the reason. */
function requireInvitePolicy(): void {
  if (env.teacherSignup === "closed") {
    throw new ForbiddenError(
      "Teacher sign-up is closed on this site, so an invite link would not work. The administrator adds teachers with npm run admin:create.",
    );
  }
  if (env.teacherSignup === "open") {
    throw new ForbiddenError(
      "Teacher sign-up is open on this site: anyone can choose Teacher when signing up, no invite needed.",
    );
  }
}

export const createTeacherInviteAction = defineAction({
  access: "teacher",
  input: z.object({}),
  returnTo: () => "/teach",
  rateLimit: "invite-create",
  async handle({ user }) {
    requireInvitePolicy();
    const { token } = await createTeacherInvite(getDb(), { teacherId: user.id });
    return {
      message: `Invite link made. Copy it now: it is shown only this once. It lets one person sign up as a teacher within ${INVITE_POLICY.lifetimeDays} days.`,
      result: `${env.origin}/sign-up?invite=${token}`,
      revalidate: ["/teach"],
    };
  },
});

export const revokeTeacherInviteAction = defineAction({
  access: "teacher",
  input: z.object({ inviteId: idField("That invite link") }),
  returnTo: () => "/teach",
  async handle({ user, input }) {
    await revokeTeacherInvite(getDb(), { teacherId: user.id, inviteId: input.inviteId });
    return { message: "Invite link withdrawn: it no longer works.", revalidate: ["/teach"] };
  },
});
