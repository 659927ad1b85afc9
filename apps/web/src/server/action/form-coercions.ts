import { z } from "zod";

/** How HTML sends the fields that are not plain text, as zod schemas for action inputs. */

/** A checkbox: "on" when ticked, absent when not. */
export const checkbox = z
  .literal("on", { error: "Tick the box or leave it empty." })
  .optional()
  .transform((value) => value === "on");

/** A hidden true/false switch. */
export const flag = z.enum(["true", "false"]).transform((value) => value === "true");

/** A number field where empty means "none". */
export const optionalWholeNumber = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : Number(value)))
  .pipe(z.number({ error: "Enter a whole number." }).int("Enter a whole number.").optional());

/** A text field where empty means "none". */
export const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value));

/** A field that may be sent several times (checkboxes of one name): always an array. */
export const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
