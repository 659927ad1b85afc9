import "server-only";
import { getDb } from "@quizdeck/db";
import { checkTeacherInvite, hasAnyAccount } from "@quizdeck/db/user";
import { env } from "@/env";

/** What the sign-up page offers: whether "Teacher" is a choice, and what to say about it. */
export type TeacherSignupOffer =
  | { kind: "first-account" }
  | { kind: "choice"; invite?: string }
  | { kind: "student-only"; reason: string };

const INVITE_STATUS_REASONS = {
  used: "That invite link has already been used. Ask for a new one to sign up as a teacher.",
  expired: "That invite link has expired. Ask for a new one to sign up as a teacher.",
  withdrawn: "That invite link was withdrawn. Ask for a new one to sign up as a teacher.",
  unknown: "That invite link is not valid. Check that you copied all of it, or ask for a new one.",
} as const;

/**
 * The teacher sign-up policy as the sign-up page shows it. The server decides
 * the role again when the account is made (decideSignUpRole); this only
 * spares people a choice that would be refused, and says why.
 */
export async function teacherSignupOffer(invite: string | undefined): Promise<TeacherSignupOffer> {
  const policy = env.teacherSignup;
  if (policy !== "closed" && !(await hasAnyAccount(getDb()))) return { kind: "first-account" };
  if (policy === "open") return { kind: "choice" };
  if (policy === "closed") {
    return {
      kind: "student-only",
      reason:
        "Teacher accounts on this site are made by its administrator. Ask them if you teach here.",
    };
  }
  if (!invite) {
    return {
      kind: "student-only",
      reason:
        "Teacher accounts on this site need an invite link from a teacher here. Students can sign up now.",
    };
  }
  const status = await checkTeacherInvite(getDb(), { token: invite });
  return status === "open"
    ? { kind: "choice", invite }
    : { kind: "student-only", reason: INVITE_STATUS_REASONS[status] };
}
