import "server-only";
import { getDb } from "@quizdeck/db";
import { getTeacherClass } from "@quizdeck/db/class";
import { orNotFound } from "../or-not-found";

/** The teacher's class for a page, or the 404 page: another teacher's class is not revealed. */
export function loadOwnClass(teacherId: string, classId: string) {
  return orNotFound(getTeacherClass(getDb(), { teacherId, classId }));
}
