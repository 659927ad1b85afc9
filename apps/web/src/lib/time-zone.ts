import "server-only";
import { canonicalTimeZone } from "@quizdeck/core/time";
import { getDb } from "@quizdeck/db";
import { LIMITS } from "@quizdeck/db/limits";
import { setTimeZone } from "@quizdeck/db/user";
import { cookies } from "next/headers";

export const TIME_ZONE_COOKIE = "tz";

/** The IANA time zone the browser reported, or null before it has (or when it names none this server knows). */
async function getReportedTimeZone(): Promise<string | null> {
  const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  // Bounded before ICU reads it; then canonical, so another spelling of the stored zone is no change.
  return value && value.length <= LIMITS.timeZoneMax ? canonicalTimeZone(value) : null;
}

/** The learner's IANA time zone, reported by their browser; UTC until it has. */
export async function getTimeZone(): Promise<string> {
  return (await getReportedTimeZone()) ?? "UTC";
}

/**
 * Stores the zone the browser reports with a signed-in user when it differs
 * from the stored one: memory counts their days in it on every path (a review,
 * the due queue, the fitting job), where the cookie does not reach. The
 * session carries the stored zone, so the comparison costs nothing (for the
 * session cache's minute after a change, the same zone is written again).
 * The cookie is the report: no request of its own, no script beyond the cookie's.
 */
export async function keepTimeZone(user: { id: string; timeZone: string | null }) {
  const reported = await getReportedTimeZone();
  if (reported && reported !== user.timeZone) {
    await setTimeZone(getDb(), { userId: user.id, timeZone: reported });
  }
}
