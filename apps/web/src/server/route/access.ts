import "server-only";
import { ForbiddenError } from "@quizdeck/db/errors";
import type { CurrentUser, Role } from "@/lib/session";
import { RequestError } from "../errors/request-error";

/** Who may call a route or action: anyone, any signed-in user, or one role. */
export type Access = "public" | "user" | Role;

/** The caller as the access rule allows them, or the refusal (401 signed out, 403 wrong role). */
export function userFor(access: Exclude<Access, "public">, user: CurrentUser | null): CurrentUser {
  if (!user) throw new RequestError("UNAUTHENTICATED", "Sign in to continue.");
  if (access !== "user" && user.role !== access) {
    throw new ForbiddenError(
      access === "teacher"
        ? "This is for teachers. Sign in as a teacher."
        : "This is for students.",
    );
  }
  return user;
}
