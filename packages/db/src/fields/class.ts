import { z } from "zod";
import { LIMITS } from "./limits.ts";

export const classNameField = z
  .string()
  .trim()
  .min(1, "Give the class a name.")
  .max(LIMITS.classNameMax, `Class names can be at most ${LIMITS.classNameMax} characters.`);

/** What a student types: spaces, dashes and case do not matter. */
export function normalizeJoinCode(input: string): string {
  return input.replace(/[\s-]+/g, "").toUpperCase();
}

export const joinCodeField = z
  .string()
  .transform(normalizeJoinCode)
  .pipe(
    z
      .string()
      .min(1, "Enter the join code your teacher gave you.")
      .regex(/^[A-Z0-9]{4,12}$/, `A join code is ${LIMITS.joinCodeLength} letters and digits.`),
  );
