"use server";

import { getDb } from "@quizdeck/db";
import {
  createClass,
  findOwnClassByJoinCode,
  joinClass,
  rotateJoinCode,
  setStudentRemoved,
  updateClass,
} from "@quizdeck/db/class";
import { classNameField, idField, joinCodeField } from "@quizdeck/db/fields";
import { z } from "zod";
import { defineAction } from "@/server/action/define-action";
import { flag } from "@/server/action/form-coercions";
import { clearBackoff, enforceBackoff } from "@/server/http/rate-limit";

const classPage = (classId: string) => `/teach/classes/${classId}`;

export const createClassAction = defineAction({
  access: "teacher",
  input: z.object({ name: classNameField }),
  returnTo: () => "/teach",
  async handle({ user, input }) {
    const klass = await createClass(getDb(), { teacherId: user.id, name: input.name });
    return { revalidate: ["/teach"], redirectTo: classPage(klass.id) };
  },
});

export const renameClassAction = defineAction({
  access: "teacher",
  input: z.object({ classId: idField("That class"), name: classNameField }),
  returnTo: (fields) => classPage(String(fields.classId)),
  async handle({ user, input }) {
    await updateClass(getDb(), { teacherId: user.id, classId: input.classId, name: input.name });
    return { message: "Class renamed.", revalidate: [classPage(input.classId), "/teach"] };
  },
});

export const archiveClassAction = defineAction({
  access: "teacher",
  input: z.object({ classId: idField("That class"), archived: flag }),
  returnTo: (fields) => classPage(String(fields.classId)),
  async handle({ user, input }) {
    await updateClass(getDb(), {
      teacherId: user.id,
      classId: input.classId,
      archived: input.archived,
    });
    return {
      message: input.archived ? "Class archived." : "Class restored.",
      revalidate: [classPage(input.classId), "/teach"],
    };
  },
});

export const rotateJoinCodeAction = defineAction({
  access: "teacher",
  input: z.object({ classId: idField("That class") }),
  returnTo: (fields) => classPage(String(fields.classId)),
  async handle({ user, input }) {
    const klass = await rotateJoinCode(getDb(), { teacherId: user.id, classId: input.classId });
    return {
      message: `New join code: ${klass.joinCode}. The old code and link no longer work; students already in the class stay.`,
      revalidate: [classPage(input.classId), "/teach"],
    };
  },
});

export const setStudentRemovedAction = defineAction({
  access: "teacher",
  input: z.object({
    classId: idField("That class"),
    studentId: idField("That student"),
    removed: flag,
  }),
  returnTo: (fields) => classPage(String(fields.classId)),
  async handle({ user, input }) {
    await setStudentRemoved(getDb(), { teacherId: user.id, ...input });
    return {
      message: input.removed ? "Student removed." : "Student added back.",
      revalidate: [classPage(input.classId)],
    };
  },
});

export const joinClassAction = defineAction({
  access: "student",
  input: z.object({ joinCode: joinCodeField }),
  returnTo: () => "/classes/join",
  async handle({ user, input }) {
    // The student's own class's code is no guess: answered before anything is counted.
    const own = await findOwnClassByJoinCode(getDb(), {
      studentId: user.id,
      joinCode: input.joinCode,
    });
    if (own) return { message: `You are already in ${own.name}.` };
    // Every other try counts before the code is looked up, and only joining a class clears the
    // count: a code that merely names a class (an archived one, one the student was removed from)
    // would otherwise reset it at will.
    await enforceBackoff(
      "join-code",
      user.id,
      "Too many wrong join codes. Try again in {seconds} seconds, or ask your teacher for the link.",
    );
    const result = await joinClass(getDb(), { studentId: user.id, joinCode: input.joinCode });
    if (!result.alreadyMember) await clearBackoff("join-code", user.id);
    return {
      message: result.alreadyMember
        ? `You are already in ${result.class.name}.`
        : `You joined ${result.class.name}. Its assignments are on your home page.`,
      revalidate: ["/home"],
    };
  },
});
