import { z } from "zod";

/**
 * A hidden field carrying JSON that a client component built (a question being
 * written, a set's sections): parsed here, checked by the use case's schema.
 */
export const jsonField = (name: string) =>
  z.string({ error: `The form sent no ${name}.` }).transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: `The form sent a malformed ${name}.` });
      return z.NEVER;
    }
  });
