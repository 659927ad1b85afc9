import "server-only";
import { DataError } from "@quizdeck/db";
import { notFound } from "next/navigation";

/**
 * Loads what a page shows, answering "not found" when it is missing, is
 * someone else's, or its id in the URL is malformed: a page never reveals that
 * another teacher's class or another class's assignment exists.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof DataError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      notFound();
    throw error;
  }
}
