import "server-only";
import { isValidTimeZone } from "@quizdeck/core/time";
import { cookies } from "next/headers";

export const TIME_ZONE_COOKIE = "tz";

/** The learner's IANA time zone, reported by their browser; UTC until it has. */
export async function getTimeZone(): Promise<string> {
  const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return value && isValidTimeZone(value) ? value : "UTC";
}
