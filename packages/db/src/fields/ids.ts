import { z } from "zod";
import { LIMITS } from "./limits.ts";

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Whether a string from a URL could be one of our ids (UUIDs, bank ids): anything odd cannot exist. */
export function isPlausibleId(id: string): boolean {
  return id.length > 0 && id.length <= LIMITS.idMax && ID_PATTERN.test(id);
}

/** An id of a stored object (class, assignment, attempt, review…), as sent in a URL or a form. */
export const idField = (what: string) =>
  z.string({ error: `${what} is missing.` }).refine(isPlausibleId, `${what} does not exist.`);

/** An id sent in a JSON body: a string of sane length; whether it exists is the use case's answer. */
export const storedIdField = (field: string) =>
  z
    .string({ error: `${field} must be a string.` })
    .min(1, `${field} is missing.`)
    .max(LIMITS.idMax, `${field} is too long.`);
