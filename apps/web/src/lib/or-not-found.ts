import "server-only";
import { DataError } from "@quizdeck/db/errors";
import { forbidden, notFound } from "next/navigation";

/**
 * Loads what a page shows, answering the 404 page when it is missing, someone
 * else's, or its id in the URL is malformed (a page never reveals that another
 * teacher's class exists), and the 403 page when the caller's access to it
 * ended (a student removed from the class).
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof DataError && error.code === "NOT_FOUND") notFound();
    if (error instanceof DataError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
