"use server";

import { zonedLocalToInstant } from "@quizdeck/core/time";
import { getDb } from "@quizdeck/db";
import { createAssignment } from "@quizdeck/db/server-only/assignment/create-assignment";
import { setAssignmentClosed } from "@quizdeck/db/server-only/assignment/set-assignment-closed";
import { updateAssignment } from "@quizdeck/db/server-only/assignment/update-assignment";
import { createClass } from "@quizdeck/db/server-only/class/create-class";
import { setStudentRemoved } from "@quizdeck/db/server-only/class/set-student-removed";
import { updateClass } from "@quizdeck/db/server-only/class/update-class";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { orNotFound } from "@/lib/or-not-found";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";
import { formCall } from "./form-call";

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function createClassAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const teacher = await requireUser("/teach", "teacher");
  let classId = "";
  const failed = await formCall(
    async () => {
      classId = (
        await createClass(getDb(), { teacherId: teacher.id, name: text(formData, "name") })
      ).id;
    },
    { name: text(formData, "name") },
  );
  if (failed) return failed;
  revalidatePath("/teach");
  redirect(`/teach/classes/${classId}`);
}

export async function renameClassAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const classId = text(formData, "classId");
  const teacher = await requireUser(`/teach/classes/${classId}`, "teacher");
  const failed = await formCall(() =>
    updateClass(getDb(), { teacherId: teacher.id, classId, name: text(formData, "name") }).then(
      () => undefined,
    ),
  );
  if (failed) return failed;
  revalidatePath(`/teach/classes/${classId}`);
  return { ok: true, message: "Class renamed." };
}

export async function archiveClassAction(formData: FormData): Promise<void> {
  const classId = text(formData, "classId");
  const teacher = await requireUser(`/teach/classes/${classId}`, "teacher");
  await orNotFound(
    updateClass(getDb(), {
      teacherId: teacher.id,
      classId,
      archived: text(formData, "archived") === "true",
    }),
  );
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath("/teach");
}

export async function setStudentRemovedAction(formData: FormData): Promise<void> {
  const classId = text(formData, "classId");
  const teacher = await requireUser(`/teach/classes/${classId}`, "teacher");
  await orNotFound(
    setStudentRemoved(getDb(), {
      teacherId: teacher.id,
      classId,
      studentId: text(formData, "studentId"),
      removed: text(formData, "removed") === "true",
    }),
  );
  revalidatePath(`/teach/classes/${classId}`);
}

export async function setAssignmentClosedAction(formData: FormData): Promise<void> {
  const assignmentId = text(formData, "assignmentId");
  const teacher = await requireUser(`/teach/assignments/${assignmentId}`, "teacher");
  await orNotFound(
    setAssignmentClosed(getDb(), {
      teacherId: teacher.id,
      assignmentId,
      closed: text(formData, "closed") === "true",
    }),
  );
  revalidatePath(`/teach/assignments/${assignmentId}`);
}

/** The settings fields of the assignment form, converted from the teacher's wall-clock times. */
async function readSettings(formData: FormData) {
  const timeZone = await getTimeZone();
  const fieldErrors: Record<string, string[]> = {};
  const when = (name: string, required: boolean) => {
    const raw = text(formData, name);
    if (raw === "") {
      if (required) fieldErrors[name] = ["Enter a date and time."];
      return undefined;
    }
    const instant = zonedLocalToInstant(raw, timeZone);
    if (!instant) fieldErrors[name] = ["Enter a valid date and time."];
    return instant ?? undefined;
  };
  const whole = (name: string) => {
    const raw = text(formData, name).trim();
    if (raw === "") return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value)) fieldErrors[name] = ["Enter a whole number."];
    return value;
  };
  const retentionPercent = whole("retentionPercent");
  const settings = {
    title: text(formData, "title"),
    opensAt: when("opensAt", true),
    dueAt: when("dueAt", false),
    attemptsAllowed: whole("attemptsAllowed"),
    timeLimitMinutes: whole("timeLimitMinutes"),
    shuffleQuestions: formData.get("shuffleQuestions") === "on",
    shuffleOptions: formData.get("shuffleOptions") === "on",
    allowLate: formData.get("allowLate") === "on",
    feedbackMode:
      text(formData, "feedbackMode") === "after_submit"
        ? ("after_submit" as const)
        : ("immediate" as const),
    retentionTarget: retentionPercent === undefined ? undefined : retentionPercent / 100,
    retentionUntil: when("retentionUntil", false),
  };
  const values = Object.fromEntries(
    [...formData.entries()]
      .filter(([key]) => !key.startsWith("$"))
      .map(([key, value]) => [key, String(value)]),
  );
  return { settings, fieldErrors, values };
}

export async function createAssignmentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const classId = text(formData, "classId");
  const teacher = await requireUser(`/teach/classes/${classId}/assignments/new`, "teacher");
  const { settings, fieldErrors, values } = await readSettings(formData);
  const source = text(formData, "source");
  const questionIds = formData.getAll("questionIds").map(String);
  if (source === "custom" && questionIds.length === 0)
    fieldErrors.questionIds = ["Pick at least one question."];
  if (source === "set" && text(formData, "setId") === "") fieldErrors.setId = ["Choose a set."];
  if (Object.keys(fieldErrors).length > 0 || !settings.opensAt) {
    return { message: "Please fix the highlighted fields.", fieldErrors, values };
  }
  let assignmentId = "";
  const failed = await formCall(async () => {
    const assignment = await createAssignment(getDb(), {
      ...settings,
      opensAt: settings.opensAt as Date,
      teacherId: teacher.id,
      classId,
      ...(source === "set" ? { setId: text(formData, "setId") } : { questionIds }),
    });
    assignmentId = assignment.id;
  }, values);
  if (failed) return failed;
  revalidatePath(`/teach/classes/${classId}`);
  redirect(`/teach/assignments/${assignmentId}`);
}

export async function updateAssignmentAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const assignmentId = text(formData, "assignmentId");
  const teacher = await requireUser(`/teach/assignments/${assignmentId}`, "teacher");
  const { settings, fieldErrors, values } = await readSettings(formData);
  if (Object.keys(fieldErrors).length > 0 || !settings.opensAt) {
    return { message: "Please fix the highlighted fields.", fieldErrors, values };
  }
  const failed = await formCall(
    () =>
      updateAssignment(getDb(), {
        ...settings,
        opensAt: settings.opensAt as Date,
        teacherId: teacher.id,
        assignmentId,
      }).then(() => undefined),
    values,
  );
  if (failed) return failed;
  revalidatePath(`/teach/assignments/${assignmentId}`);
  return { ok: true, message: "Settings saved." };
}
