"use server";

import { zonedLocalToInstant } from "@quizdeck/core/time";
import { getDb } from "@quizdeck/db";
import {
  createAssignment,
  setAccommodation,
  setAssignmentClosed,
  updateAssignment,
} from "@quizdeck/db/assignment";
import { InvalidInputError } from "@quizdeck/db/errors";
import { assignmentSettingsShape, idField } from "@quizdeck/db/fields";
import { z } from "zod";
import { getTimeZone } from "@/lib/time-zone";
import { defineAction } from "@/server/action/define-action";
import {
  checkbox,
  flag,
  optionalText,
  optionalWholeNumber,
  repeated,
} from "@/server/action/form-coercions";

const assignmentPage = (assignmentId: string) => `/teach/assignments/${assignmentId}`;

/** The settings fields of the assignment form, as the browser sends them. */
const settingsFields = {
  title: z.string().default(""),
  opensAt: z.string().default(""),
  dueAt: optionalText,
  attemptsAllowed: optionalWholeNumber,
  timeLimitMinutes: optionalWholeNumber,
  shuffleQuestions: checkbox,
  shuffleOptions: checkbox,
  allowLate: checkbox,
  answerRelease: assignmentSettingsShape.answerRelease,
  answersReleaseAt: optionalText,
  scoreRelease: assignmentSettingsShape.scoreRelease,
  scoreReleaseAt: optionalText,
  retentionPercent: optionalWholeNumber,
  retentionUntil: optionalText,
};
type SettingsFields = z.output<z.ZodObject<typeof settingsFields>>;

/** The settings for the use case: wall-clock times read in the teacher's time zone, the goal as a share. */
async function toSettings(fields: SettingsFields) {
  const timeZone = await getTimeZone();
  const fieldErrors: Record<string, string[]> = {};
  const instant = (
    name: "opensAt" | "dueAt" | "retentionUntil" | "answersReleaseAt" | "scoreReleaseAt",
    required: boolean,
  ) => {
    const raw = fields[name];
    if (raw === undefined || raw === "") {
      if (required) fieldErrors[name] = ["Enter a date and time."];
      return undefined;
    }
    const value = zonedLocalToInstant(raw, timeZone);
    if (!value) fieldErrors[name] = ["Enter a valid date and time."];
    return value ?? undefined;
  };
  const opensAt = instant("opensAt", true);
  const dueAt = instant("dueAt", false);
  const retentionUntil = instant("retentionUntil", false);
  const answersReleaseAt = instant("answersReleaseAt", false);
  const scoreReleaseAt = instant("scoreReleaseAt", false);
  if (!opensAt || Object.keys(fieldErrors).length > 0) {
    throw new InvalidInputError("Please fix the highlighted fields.", fieldErrors);
  }
  return {
    title: fields.title,
    opensAt,
    dueAt,
    retentionUntil,
    attemptsAllowed: fields.attemptsAllowed,
    timeLimitMinutes: fields.timeLimitMinutes,
    shuffleQuestions: fields.shuffleQuestions,
    shuffleOptions: fields.shuffleOptions,
    allowLate: fields.allowLate,
    answerRelease: fields.answerRelease,
    answersReleaseAt,
    scoreRelease: fields.scoreRelease,
    scoreReleaseAt,
    retentionTarget:
      fields.retentionPercent === undefined ? undefined : fields.retentionPercent / 100,
  };
}

export const createAssignmentAction = defineAction({
  access: "teacher",
  input: z
    .object({
      classId: idField("That class"),
      source: z.enum(["set", "library", "custom"], {
        error: "Choose a set, one of your sets, or pick questions.",
      }),
      setId: optionalText,
      librarySetId: optionalText,
      questionIds: repeated(z.string()),
      ...settingsFields,
    })
    .superRefine((input, context) => {
      if (input.source === "set" && !input.setId)
        context.addIssue({ code: "custom", path: ["setId"], message: "Choose a set." });
      if (input.source === "library" && !input.librarySetId)
        context.addIssue({
          code: "custom",
          path: ["librarySetId"],
          message: "Choose one of your sets.",
        });
      if (input.source === "custom" && input.questionIds.length === 0)
        context.addIssue({
          code: "custom",
          path: ["questionIds"],
          message: "Pick at least one question.",
        });
    }),
  returnTo: (fields) => `/teach/classes/${String(fields.classId)}/assignments/new`,
  async handle({ user, input }) {
    const assignment = await createAssignment(getDb(), {
      ...(await toSettings(input)),
      teacherId: user.id,
      classId: input.classId,
      ...(input.source === "set"
        ? { setId: input.setId }
        : input.source === "library"
          ? { librarySetId: input.librarySetId }
          : { questionIds: input.questionIds }),
    });
    return {
      revalidate: [`/teach/classes/${input.classId}`],
      redirectTo: assignmentPage(assignment.id),
    };
  },
});

export const updateAssignmentAction = defineAction({
  access: "teacher",
  input: z.object({ assignmentId: idField("That assignment"), ...settingsFields }),
  returnTo: (fields) => assignmentPage(String(fields.assignmentId)),
  async handle({ user, input }) {
    await updateAssignment(getDb(), {
      ...(await toSettings(input)),
      teacherId: user.id,
      assignmentId: input.assignmentId,
    });
    return { message: "Settings saved.", revalidate: [assignmentPage(input.assignmentId)] };
  },
});

export const setAssignmentClosedAction = defineAction({
  access: "teacher",
  input: z.object({ assignmentId: idField("That assignment"), closed: flag }),
  returnTo: (fields) => assignmentPage(String(fields.assignmentId)),
  async handle({ user, input }) {
    await setAssignmentClosed(getDb(), { teacherId: user.id, ...input });
    return {
      message: input.closed ? "Assignment closed." : "Assignment reopened.",
      revalidate: [assignmentPage(input.assignmentId)],
    };
  },
});

/** A number field that may hold a decimal ("1.5"); empty means none. */
const optionalNumber = optionalText
  .transform((value) => (value === undefined ? undefined : Number(value)))
  .pipe(z.number({ error: "Enter a number like 1.5." }).optional());

export const setAccommodationAction = defineAction({
  access: "teacher",
  input: z.object({
    assignmentId: idField("That assignment"),
    studentId: idField("That student"),
    extraMinutes: optionalWholeNumber,
    timeMultiplier: optionalNumber,
    extraAttempts: optionalWholeNumber,
    dueAt: optionalText,
  }),
  returnTo: (fields) => assignmentPage(String(fields.assignmentId)),
  async handle({ user, input }) {
    const timeZone = await getTimeZone();
    const dueAt = input.dueAt ? zonedLocalToInstant(input.dueAt, timeZone) : undefined;
    if (dueAt === null) {
      throw new InvalidInputError("Please fix the highlighted fields.", {
        dueAt: ["Enter a valid date and time."],
      });
    }
    const saved = await setAccommodation(getDb(), {
      teacherId: user.id,
      assignmentId: input.assignmentId,
      studentId: input.studentId,
      extraMinutes: input.extraMinutes,
      timeMultiplier: input.timeMultiplier,
      extraAttempts: input.extraAttempts ?? 0,
      dueAt,
    });
    return {
      message: saved ? "Accommodation saved." : "Accommodation removed.",
      revalidate: [assignmentPage(input.assignmentId)],
    };
  },
});
