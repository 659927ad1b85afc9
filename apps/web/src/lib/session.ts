import "server-only";
import { getDb } from "@quizdeck/db";
import { endSession } from "@quizdeck/db/user";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isPastAbsoluteTimeout } from "@/server/policy/sessions";
import { auth } from "./auth";
import { keepTimeZone } from "./time-zone";

export type Role = "student" | "teacher";
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  admin: boolean;
  /** The time zone last stored for them; null until their browser has reported one. */
  timeZone: string | null;
}

/**
 * The signed-in user, once per request; null for visitors. A session past its
 * absolute lifetime is ended here (Better Auth only knows the idle one).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  if (isPastAbsoluteTimeout(new Date(session.session.createdAt))) {
    await endSession(getDb(), { sessionId: session.session.id });
    return null;
  }
  const { id, name, email, role, admin, timeZone } = session.user;
  return {
    id,
    name,
    email,
    role: role === "teacher" ? "teacher" : "student",
    admin: admin === true,
    timeZone: typeof timeZone === "string" ? timeZone : null,
  };
});

/** Where a user of `role` starts: their home page. */
export function homeFor(role: Role): string {
  return role === "teacher" ? "/teach" : "/home";
}

/**
 * For pages: the signed-in user, or a redirect to sign in (back to `returnTo`
 * afterwards). Every signed-in page passes here, so here the browser's time
 * zone is kept with the account (`keepTimeZone`).
 */
export async function requireUser(returnTo: string, role?: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  if (role && user.role !== role) redirect(homeFor(user.role));
  await keepTimeZone(user);
  return user;
}
