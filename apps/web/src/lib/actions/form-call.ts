import "server-only";
import { DataError } from "@quizdeck/db";
import type { FormState } from "@/lib/form-state";

/** Runs a data-layer call, turning its typed errors into the form's message. */
export async function formCall(
  work: () => Promise<void>,
  values?: Record<string, string>,
): Promise<FormState | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof DataError) {
      const fieldErrors =
        "fieldErrors" in error ? (error.fieldErrors as Record<string, string[]>) : undefined;
      return {
        message: error.message,
        ...(fieldErrors ? { fieldErrors } : {}),
        ...(values ? { values } : {}),
      };
    }
    throw error;
  }
}
