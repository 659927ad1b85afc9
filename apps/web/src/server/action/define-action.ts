import "server-only";
import { InvalidInputError, parseWith } from "@quizdeck/db/errors";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { type CurrentUser, getCurrentUser, homeFor } from "@/lib/session";
import { describeError } from "../errors/error-table";
import { enforceRateLimit } from "../http/rate-limit";
import type { RateLimitName } from "../policy/rate-limits";
import type { Access } from "../route/access";
import { type FormFields, formFields, keptValues } from "./form-fields";

/** What an action's use case asks for afterwards: a confirmation, pages to refresh, a page to go to. */
export interface ActionOutcome {
  message?: string;
  /** Something made for the person to keep (an invite link): the form shows it. */
  result?: string;
  revalidate?: string[];
  redirectTo?: string;
}

export interface ActionSpec<A extends Access, S extends z.ZodType> {
  access: A;
  /** Applied to the form's fields (strings, arrays for repeated fields): coerce there. */
  input: S;
  /** Where sign-in sends a signed-out caller back to. */
  returnTo?: (fields: FormFields) => string;
  /** The named limit (server/policy/rate-limits.ts) counted per signed-in user. */
  rateLimit?: RateLimitName;
  handle(context: {
    user: A extends "public" ? null : CurrentUser;
    input: z.output<S>;
  }): Promise<ActionOutcome | undefined>;
}

/** Set by server.mjs on an action it shed (its SHED_ACTION_HEADER). */
const SHED_ACTION_HEADER = "x-quizdeck-shed-retry-after";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The one way to write a server action (the shape of next-safe-action): the
 * caller's session and role (signed out: to sign in and back; wrong role: to
 * their own home, as pages do), the form parsed with zod, the action's rate
 * limit, one use case, then the paths it names revalidated and its redirect
 * followed. Every expected failure comes back as the form's state through the
 * error table: messages per field, or one message for the form.
 */
export function defineAction<A extends Access, S extends z.ZodType>(
  spec: ActionSpec<A, S>,
): FormAction {
  return async (_previous, formData) => {
    const fields = formFields(formData);
    const shed = await shedRetryAfter();
    if (shed !== null) return { message: busyFormMessage(shed), values: keptValues(fields) };
    const user = spec.access === "public" ? null : await requireAccess(spec, fields);
    let outcome: ActionOutcome | undefined;
    try {
      const input = parseWith(spec.input, fields);
      if (spec.rateLimit && user) await enforceRateLimit(spec.rateLimit, user.id);
      outcome = await spec.handle({ user, input } as Parameters<typeof spec.handle>[0]);
    } catch (error) {
      unstable_rethrow(error);
      return refusal(error, fields);
    }
    for (const path of outcome?.revalidate ?? []) revalidatePath(path);
    if (outcome?.redirectTo) redirect(outcome.redirectTo);
    return {
      ok: true,
      ...(outcome?.message ? { message: outcome.message } : {}),
      ...(outcome?.result ? { result: outcome.result } : {}),
    };
  };
}

/**
 * Seconds to wait when server.mjs refused this action before it ran (the
 * embedded database is too far behind: serving/load-shedding.mjs); null to
 * run it. The header is server.mjs's own: it drops any a client sends.
 */
async function shedRetryAfter(): Promise<number | null> {
  const value = (await headers()).get(SHED_ACTION_HEADER);
  return value === null ? null : Number(value) || 1;
}

/** The form's message for a shed action: nothing was done, and when to try again. */
function busyFormMessage(retryAfterSeconds: number): string {
  return `quizdeck is busy just now and did not do this. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}

async function requireAccess<A extends Access>(
  spec: ActionSpec<A, z.ZodType>,
  fields: FormFields,
): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const back = spec.returnTo?.(fields);
    redirect(back ? `/sign-in?returnTo=${encodeURIComponent(back)}` : "/sign-in");
  }
  if (spec.access !== "user" && user.role !== spec.access) redirect(homeFor(user.role));
  return user;
}

/** A refused action as the form's state: field messages under their fields, anything else on top. */
function refusal(error: unknown, fields: FormFields): FormState {
  const described = describeError(error);
  if (!described) throw error;
  const values = keptValues(fields);
  if (error instanceof InvalidInputError && Object.keys(error.fieldErrors).length > 0) {
    const { _: whole, ...fieldErrors } = error.fieldErrors;
    return {
      ...(whole?.[0] ? { message: whole[0] } : {}),
      ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
      values,
    };
  }
  return { message: described.body.error.message, values };
}
