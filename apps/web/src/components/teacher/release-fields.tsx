"use client";

import type { AnswerRelease, ScoreRelease } from "@quizdeck/core/release";
import { useId, useState } from "react";
import { FieldError } from "../forms/form-message";
import { TextField } from "../forms/text-field";
import styles from "./assignment-form.module.css";
import { ASSIGNMENT_LABELS } from "./assignment-labels";

const ANSWER_OPTIONS: [AnswerRelease, string][] = [
  ["after_each_answer", "After each answer (practice-style feedback)"],
  ["after_each_attempt", "After each attempt is submitted"],
  ["after_last_attempt", "After the student's last allowed attempt"],
  ["after_due", "After the due date"],
  ["on_date", "On a date I choose"],
  ["never", "Never"],
];
const SCORE_OPTIONS: [ScoreRelease, string][] = [
  ["after_each_attempt", "As soon as an attempt is submitted"],
  ["after_due", "After the due date"],
  ["on_date", "On a date I choose"],
  ["never", "Never"],
];

interface ReleaseFieldsProps {
  value: (
    name: "answerRelease" | "answersReleaseAt" | "scoreRelease" | "scoreReleaseAt",
  ) => string | undefined;
  errors: Record<string, string[] | undefined>;
  timeZone: string;
  /** Students have started: feedback after each answer can no longer be turned on or off. */
  immediateLocked: boolean;
}

/**
 * When students see the correct answers and explanations, and separately their
 * score (Moodle's review options). The server enforces both everywhere a
 * student could look.
 */
export function ReleaseFields({ value, errors, timeZone, immediateLocked }: ReleaseFieldsProps) {
  const [answers, setAnswers] = useState(value("answerRelease") ?? "after_due");
  const [score, setScore] = useState(value("scoreRelease") ?? "after_each_attempt");
  const ids = useId();
  return (
    <fieldset className={styles.settings}>
      <legend>
        <strong>What students see, and when</strong>{" "}
        <span className="muted">(dates in {timeZone})</span>
      </legend>
      <div className="field">
        <label htmlFor={`${ids}-answers`}>{ASSIGNMENT_LABELS.answerRelease}</label>
        <select
          id={`${ids}-answers`}
          name="answerRelease"
          value={answers}
          onChange={(event) => setAnswers(event.target.value)}
          aria-describedby={[
            `${ids}-answers-hint`,
            errors.answerRelease?.length ? `${ids}-answers-error` : "",
          ]
            .join(" ")
            .trim()}
        >
          {ANSWER_OPTIONS.map(([option, label]) => (
            <option key={option} value={option}>
              {label}
            </option>
          ))}
        </select>
        <span className="muted" id={`${ids}-answers-hint`}>
          {immediateLocked
            ? "Students have started, so feedback after each answer can no longer be turned on or off."
            : "Before then, no page, download or practice quiz shows a student these questions' answers."}
        </span>
        <FieldError id={`${ids}-answers-error`} errors={errors.answerRelease} />
      </div>
      {answers === "on_date" ? (
        <TextField
          name="answersReleaseAt"
          label={ASSIGNMENT_LABELS.answersReleaseAt}
          type="datetime-local"
          defaultValue={value("answersReleaseAt")}
          errors={errors.answersReleaseAt}
        />
      ) : null}
      <div className="field">
        <label htmlFor={`${ids}-score`}>{ASSIGNMENT_LABELS.scoreRelease}</label>
        <select
          id={`${ids}-score`}
          name="scoreRelease"
          value={score}
          onChange={(event) => setScore(event.target.value)}
          aria-describedby={errors.scoreRelease?.length ? `${ids}-score-error` : undefined}
        >
          {SCORE_OPTIONS.map(([option, label]) => (
            <option key={option} value={option}>
              {label}
            </option>
          ))}
        </select>
        <FieldError id={`${ids}-score-error`} errors={errors.scoreRelease} />
      </div>
      {score === "on_date" ? (
        <TextField
          name="scoreReleaseAt"
          label={ASSIGNMENT_LABELS.scoreReleaseAt}
          type="datetime-local"
          defaultValue={value("scoreReleaseAt")}
          errors={errors.scoreReleaseAt}
        />
      ) : null}
    </fieldset>
  );
}
