import "server-only";
import { DataError, getDb } from "@quizdeck/db";
import { getTeacherClass } from "@quizdeck/db/server-only/class/get-teacher-class";
import { notFound } from "next/navigation";

/** The teacher's class for a page, or the 404 page: another teacher's class is not revealed. */
export async function loadOwnClass(teacherId: string, classId: string) {
  try {
    return await getTeacherClass(getDb(), { teacherId, classId });
  } catch (error) {
    if (error instanceof DataError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN"))
      notFound();
    throw error;
  }
}
