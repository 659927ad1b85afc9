"use client";

import type { AnswerRelease, ScoreRelease } from "@quizdeck/core/release";
import { LIMITS } from "@quizdeck/db/limits";
import { createAssignmentAction, updateAssignmentAction } from "@/lib/actions/assignment-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";
import styles from "./assignment-form.module.css";
import { ASSIGNMENT_LABELS } from "./assignment-labels";
import { ItemPicker, type LibrarySetOption, type PickableQuestion } from "./item-picker";
import { ReleaseFields } from "./release-fields";

export type { PickableQuestion };

export interface AssignmentFormValues {
  title: string;
  opensAt: string;
  dueAt: string;
  attemptsAllowed: string;
  timeLimitMinutes: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  allowLate: boolean;
  answerRelease: AnswerRelease;
  answersReleaseAt: string;
  scoreRelease: ScoreRelease;
  scoreReleaseAt: string;
  retentionPercent: string;
  retentionUntil: string;
}

type AssignmentFormProps = {
  timeZone: string;
  initial: AssignmentFormValues;
} & (
  | {
      mode: "create";
      classId: string;
      sets: { id: string; title: string; questionCount: number; flashcardCount: number }[];
      librarySets: LibrarySetOption[];
      /** A set of the teacher's chosen beforehand (from the set's page). */
      librarySetId?: string | undefined;
      questions: PickableQuestion[];
      tags: { id: string; label: string }[];
    }
  | { mode: "edit"; assignmentId: string; started: boolean }
);

/** Create or edit an assignment: a set or hand-picked questions in order, and its settings. */
export function AssignmentForm(props: AssignmentFormProps) {
  const { state, formAction, pending } = useFormAction(
    props.mode === "create" ? createAssignmentAction : updateAssignmentAction,
  );
  const values = state.values;
  const value = (name: keyof AssignmentFormValues) => {
    const initial = props.initial[name];
    return values?.[name] ?? (typeof initial === "string" ? initial : undefined);
  };
  const checked = (name: keyof AssignmentFormValues) =>
    values ? values[name] === "on" : Boolean(props.initial[name]);
  const errors = state.fieldErrors ?? {};

  return (
    <form
      action={formAction}
      noValidate
      aria-describedby="assignment-form-message"
      className="stack"
    >
      <FormMessage state={state} id="assignment-form-message" labels={ASSIGNMENT_LABELS} />
      {props.mode === "create" ? (
        <input type="hidden" name="classId" value={props.classId} />
      ) : (
        <input type="hidden" name="assignmentId" value={props.assignmentId} />
      )}
      <TextField
        name="title"
        label={ASSIGNMENT_LABELS.title}
        maxLength={LIMITS.assignmentTitleMax}
        defaultValue={value("title")}
        errors={errors.title}
      />

      {props.mode === "create" ? (
        <ItemPicker
          sets={props.sets}
          librarySets={props.librarySets}
          librarySetId={props.librarySetId}
          librarySetError={errors.librarySetId}
          questions={props.questions}
          tags={props.tags}
          setError={errors.setId}
          questionError={errors.questionIds}
        />
      ) : null}

      <fieldset className={styles.settings}>
        <legend>
          <strong>Schedule</strong> <span className="muted">(times in {props.timeZone})</span>
        </legend>
        <TextField
          name="opensAt"
          label={ASSIGNMENT_LABELS.opensAt}
          type="datetime-local"
          defaultValue={value("opensAt")}
          errors={errors.opensAt}
        />
        <TextField
          name="dueAt"
          label={ASSIGNMENT_LABELS.dueAt}
          hint="Optional."
          type="datetime-local"
          defaultValue={value("dueAt")}
          errors={errors.dueAt}
        />
        <label className={styles.check}>
          <input type="checkbox" name="allowLate" defaultChecked={checked("allowLate")} /> Accept
          late work (marked late)
        </label>
      </fieldset>

      <fieldset className={styles.settings}>
        <legend>
          <strong>Taking it</strong>
        </legend>
        <TextField
          name="attemptsAllowed"
          label={ASSIGNMENT_LABELS.attemptsAllowed}
          hint="Empty: unlimited."
          type="number"
          min={1}
          max={LIMITS.attemptsAllowedMax}
          defaultValue={value("attemptsAllowed")}
          errors={errors.attemptsAllowed}
        />
        <TextField
          name="timeLimitMinutes"
          label={ASSIGNMENT_LABELS.timeLimitMinutes}
          hint="Empty: none."
          type="number"
          min={1}
          max={LIMITS.timeLimitMinutesMax}
          defaultValue={value("timeLimitMinutes")}
          errors={errors.timeLimitMinutes}
        />
        <label className={styles.check}>
          <input
            type="checkbox"
            name="shuffleQuestions"
            defaultChecked={checked("shuffleQuestions")}
          />{" "}
          Shuffle questions
        </label>
        <label className={styles.check}>
          <input type="checkbox" name="shuffleOptions" defaultChecked={checked("shuffleOptions")} />{" "}
          Shuffle options
        </label>
      </fieldset>

      <ReleaseFields
        value={value}
        errors={errors}
        timeZone={props.timeZone}
        immediateLocked={props.mode === "edit" && props.started}
      />

      <fieldset className={styles.settings}>
        <legend>
          <strong>Flashcard retention goal</strong>{" "}
          <span className="muted">(optional, for sets with flashcards)</span>
        </legend>
        <TextField
          name="retentionPercent"
          label={ASSIGNMENT_LABELS.retentionPercent}
          type="number"
          min={LIMITS.retentionPercentMin}
          max={LIMITS.retentionPercentMax}
          defaultValue={value("retentionPercent")}
          errors={[...(errors.retentionPercent ?? []), ...(errors.retentionTarget ?? [])]}
        />
        <TextField
          name="retentionUntil"
          label={ASSIGNMENT_LABELS.retentionUntil}
          type="datetime-local"
          defaultValue={value("retentionUntil")}
          errors={errors.retentionUntil}
        />
      </fieldset>

      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : props.mode === "create" ? "Assign" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
