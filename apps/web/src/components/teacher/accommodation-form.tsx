"use client";

import { LIMITS } from "@quizdeck/db/limits";
import { useId } from "react";
import { setAccommodationAction } from "@/lib/actions/assignment-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FieldError, FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";
import styles from "./assignment-form.module.css";

/** The labels of the fields, shown on them and named the same way in the summary of fields to fix. */
const LABELS = {
  studentId: "Student",
  extraMinutes: "Extra minutes on the time limit",
  timeMultiplier: "Time multiplier",
  extraAttempts: "Extra attempts",
  dueAt: "Later due time",
};

/** Gives one student more time, more attempts or a later due time (all empty removes it). */
export function AccommodationForm({
  assignmentId,
  students,
  timeZone,
}: {
  assignmentId: string;
  students: { id: string; name: string }[];
  timeZone: string;
}) {
  const { state, formAction, pending, errorsFor, typedValue } =
    useFormAction(setAccommodationAction);
  const ids = useId();
  return (
    <form action={formAction} noValidate aria-describedby={`${ids}-message`} className="stack">
      <FormMessage state={state} id={`${ids}-message`} labels={LABELS} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="field">
        <label htmlFor={`${ids}-student`}>{LABELS.studentId}</label>
        <select
          id={`${ids}-student`}
          name="studentId"
          defaultValue={typedValue("studentId")}
          aria-invalid={errorsFor("studentId") ? true : undefined}
          aria-describedby={errorsFor("studentId") ? `${ids}-student-error` : undefined}
        >
          {students.map((student) => (
            <option key={student.id} value={student.id}>
              {student.name}
            </option>
          ))}
        </select>
        <FieldError id={`${ids}-student-error`} errors={errorsFor("studentId")} />
      </div>
      <fieldset className={styles.settings}>
        <legend>Terms for this student (times in {timeZone})</legend>
        <TextField
          name="extraMinutes"
          label={LABELS.extraMinutes}
          type="number"
          min={0}
          max={LIMITS.accommodationExtraMinutesMax}
          defaultValue={typedValue("extraMinutes")}
          errors={errorsFor("extraMinutes")}
        />
        <TextField
          name="timeMultiplier"
          label={LABELS.timeMultiplier}
          hint="1.5 is half as long again."
          type="number"
          min={1}
          max={LIMITS.accommodationMultiplierMax}
          step={0.05}
          defaultValue={typedValue("timeMultiplier")}
          errors={errorsFor("timeMultiplier")}
        />
        <TextField
          name="extraAttempts"
          label={LABELS.extraAttempts}
          type="number"
          min={0}
          max={LIMITS.accommodationExtraAttemptsMax}
          defaultValue={typedValue("extraAttempts")}
          errors={errorsFor("extraAttempts")}
        />
        <TextField
          name="dueAt"
          label={LABELS.dueAt}
          type="datetime-local"
          defaultValue={typedValue("dueAt")}
          errors={errorsFor("dueAt")}
        />
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save accommodation"}
        </button>
      </div>
    </form>
  );
}
