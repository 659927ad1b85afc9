import { canonicalTimeZone, isValidTimeZone } from "@quizdeck/core/time";
import { z } from "zod";
import { LIMITS } from "./limits.ts";

const RETENTION_RANGE = `Choose a target from ${LIMITS.desiredRetentionPercentMin}% to ${LIMITS.desiredRetentionPercentMax}%.`;

/**
 * The IANA time zone a browser reports ("Asia/Almaty"); memory counts the learner's
 * days in it. Kept under its canonical name, however the report spelled it.
 */
export const timeZoneField = z
  .string({ error: "timeZone must be a string, such as “Europe/Berlin”." })
  .min(1, "timeZone is missing.")
  .max(LIMITS.timeZoneMax, "timeZone is too long to be a time zone name.")
  .refine(isValidTimeZone, "timeZone is not a time zone this server knows (say “Europe/Berlin”).")
  .transform((timeZone) => canonicalTimeZone(timeZone) ?? timeZone);

/** The recall a learner aims for when a card falls due, as a share (0.8–0.95). */
export const desiredRetentionField = z
  .number({ error: RETENTION_RANGE })
  .min(LIMITS.desiredRetentionPercentMin / 100, RETENTION_RANGE)
  .max(LIMITS.desiredRetentionPercentMax / 100, RETENTION_RANGE);
