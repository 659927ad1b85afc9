"use client";

import type { Draft } from "@/lib/quiz/draft";
import { MAX_BLANK_LENGTH } from "@/lib/quiz/draft";
import { partsBy } from "@/lib/quiz/parts-by";
import type { PresentedQuestion, PresentedQuestionOf, QuestionFeedback } from "@/lib/quiz/types";
import { choiceMark } from "@/lib/quiz/verdict";
import { OrderingInput } from "./ordering-input";
import styles from "./quiz.module.css";

export interface QuestionInputsProps {
  question: PresentedQuestion;
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** Answer given and checked (immediate mode), time up, or submitting. */
  locked: boolean;
  /** Marks to show on the inputs once checked. */
  feedback: QuestionFeedback | null;
  /** Unique per question: prefixes element ids. */
  idPrefix: string;
  /** Ids of the shortcut help, for aria-describedby. */
  describedBy: string;
}

/** The inputs of one question, by type; every one keyboard operable. */
export function QuestionInputs(props: QuestionInputsProps) {
  const { question, draft } = props;
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return draft.type === question.type ? <ChoiceInputs {...props} question={question} /> : null;
    case "true-false":
      return draft.type === "true-false" ? (
        <TrueFalseInputs {...props} question={question} />
      ) : null;
    case "cloze":
      return draft.type === "cloze" ? <ClozeInputs {...props} question={question} /> : null;
    case "matching":
      return draft.type === "matching" ? <MatchingInputs {...props} question={question} /> : null;
    case "ordering":
      return draft.type === "ordering" ? (
        <OrderingInput
          question={question}
          order={draft.order}
          onChange={(order) => props.onChange({ type: "ordering", order })}
          locked={props.locked}
          feedback={props.feedback}
          idPrefix={props.idPrefix}
          describedBy={props.describedBy}
        />
      ) : null;
  }
}

function toneClass(tone: "good" | "bad" | "missed" | undefined): string {
  if (tone === "good") return styles.markGood ?? "";
  if (tone === "bad") return styles.markBad ?? "";
  if (tone === "missed") return styles.markMissed ?? "";
  return "";
}

function ChoiceInputs({
  question,
  draft,
  onChange,
  locked,
  feedback,
  idPrefix,
  describedBy,
}: QuestionInputsProps & { question: PresentedQuestionOf<"single-choice" | "multiple-choice"> }) {
  const multiple = question.type === "multiple-choice";
  const selected = new Set(
    draft.type === "single-choice"
      ? draft.choiceId
        ? [draft.choiceId]
        : []
      : draft.type === "multiple-choice"
        ? draft.choiceIds
        : [],
  );
  const parts = partsBy(feedback?.parts, "choice", (part) => part.choiceId);
  const toggle = (choiceId: string) => {
    if (draft.type === "single-choice") onChange({ type: "single-choice", choiceId });
    if (draft.type === "multiple-choice") {
      onChange({
        type: "multiple-choice",
        choiceIds: selected.has(choiceId)
          ? draft.choiceIds.filter((id) => id !== choiceId)
          : [...draft.choiceIds, choiceId],
      });
    }
  };
  return (
    <fieldset className={styles.fieldset} disabled={locked} aria-describedby={describedBy}>
      <legend className={styles.prompt}>
        {question.prompt}
        {multiple && !/all that apply/i.test(question.prompt) ? (
          <span className={styles.promptNote}> Choose all that apply.</span>
        ) : null}
      </legend>
      <ul className={styles.choiceList}>
        {question.choices.map((choice, index) => {
          const id = `${idPrefix}-option-${choice.id}`;
          const part = parts.get(choice.id);
          const mark = part ? choiceMark(part.verdict) : null;
          return (
            <li
              key={choice.id}
              className={`${styles.choice} ${multiple ? styles.multiple : ""} ${toneClass(mark?.tone)}`}
            >
              <input
                id={id}
                type={multiple ? "checkbox" : "radio"}
                name={`${idPrefix}-choice`}
                value={choice.id}
                checked={selected.has(choice.id)}
                onChange={() => toggle(choice.id)}
              />
              <label htmlFor={id}>
                <span className={styles.badge} aria-hidden="true">
                  {mark ? mark.badge : index < 9 ? <kbd>{index + 1}</kbd> : null}
                </span>
                <span className={styles.choiceText}>
                  {choice.text}
                  {mark ? <span className="visually-hidden"> — {mark.text}</span> : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function TrueFalseInputs({
  question,
  draft,
  onChange,
  locked,
  feedback,
  idPrefix,
  describedBy,
}: QuestionInputsProps & { question: PresentedQuestionOf<"true-false"> }) {
  const answer = draft.type === "true-false" ? draft.answer : null;
  const part = feedback?.parts.find((candidate) => candidate.kind === "statement");
  return (
    <fieldset className={styles.fieldset} disabled={locked} aria-describedby={describedBy}>
      <legend className={styles.prompt}>{question.prompt}</legend>
      <ul className={styles.choiceList}>
        {[true, false].map((value, index) => {
          const id = `${idPrefix}-${value ? "true" : "false"}`;
          const chosen = answer === value;
          let tone: "good" | "bad" | "missed" | undefined;
          let markText = "";
          if (part) {
            if (part.expected === value) {
              tone = chosen ? "good" : "missed";
              markText = chosen ? "your answer, correct" : "correct answer";
            } else if (chosen) {
              tone = "bad";
              markText = "your answer, not correct";
            }
          }
          return (
            <li key={id} className={`${styles.choice} ${toneClass(tone)}`}>
              <input
                id={id}
                type="radio"
                name={`${idPrefix}-tf`}
                value={String(value)}
                checked={chosen}
                onChange={() => onChange({ type: "true-false", answer: value })}
              />
              <label htmlFor={id}>
                <span className={styles.badge} aria-hidden="true">
                  {tone ? part?.expected === value ? "✓" : "✗" : <kbd>{index + 1}</kbd>}
                </span>
                <span className={styles.choiceText}>
                  {value ? "True" : "False"}
                  {markText ? <span className="visually-hidden"> — {markText}</span> : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function ClozeInputs({
  question,
  draft,
  onChange,
  locked,
  feedback,
  idPrefix,
  describedBy,
}: QuestionInputsProps & { question: PresentedQuestionOf<"cloze"> }) {
  const blanks = draft.type === "cloze" ? draft.blanks : [];
  const parts = partsBy(feedback?.parts, "blank", (part) => part.blank);
  const promptId = `${idPrefix}-prompt`;
  return (
    <div className={styles.fieldset}>
      <p className={styles.prompt} id={promptId}>
        {question.prompt}
      </p>
      <p className={styles.clozeText}>
        {question.segments.map((segment, index) => {
          if (segment.kind === "text") {
            // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder.
            return <span key={index}>{segment.text}</span>;
          }
          const id = `${idPrefix}-blank-${segment.blank}`;
          const part = parts.get(segment.blank);
          const tone = part ? (part.accepted ? "good" : "bad") : undefined;
          return (
            <span key={id} className={styles.blank}>
              <label htmlFor={id} className="visually-hidden">
                Blank {segment.blank}
              </label>
              {question.blankCount > 1 ? (
                <sup className={styles.blankNumber} aria-hidden="true">
                  {segment.blank}
                </sup>
              ) : null}
              <input
                id={id}
                type="text"
                className={`${styles.blankInput} ${toneClass(tone)}`}
                value={blanks[segment.blank - 1] ?? ""}
                maxLength={MAX_BLANK_LENGTH}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                readOnly={locked}
                aria-describedby={`${promptId} ${describedBy}`}
                aria-invalid={tone === "bad" ? true : undefined}
                onChange={(event) => {
                  const next = [...blanks];
                  next[segment.blank - 1] = event.target.value;
                  onChange({ type: "cloze", blanks: next });
                }}
              />
            </span>
          );
        })}
      </p>
    </div>
  );
}

function MatchingInputs({
  question,
  draft,
  onChange,
  locked,
  feedback,
  idPrefix,
  describedBy,
}: QuestionInputsProps & { question: PresentedQuestionOf<"matching"> }) {
  const rights = draft.type === "matching" ? draft.rights : [];
  const parts = partsBy(feedback?.parts, "pair", (part) => part.left);
  return (
    <fieldset className={styles.fieldset} disabled={locked} aria-describedby={describedBy}>
      <legend className={styles.prompt}>{question.prompt}</legend>
      <ul className={styles.matchList}>
        {question.lefts.map((left, index) => {
          const id = `${idPrefix}-match-${index}`;
          const part = parts.get(left);
          const tone = part ? (part.correct ? "good" : "bad") : undefined;
          return (
            <li key={left} className={styles.matchRow}>
              <label htmlFor={id}>{left}</label>
              <select
                id={id}
                className={toneClass(tone)}
                value={rights[index] ?? ""}
                aria-invalid={tone === "bad" ? true : undefined}
                onChange={(event) => {
                  const next = [...rights];
                  next[index] = event.target.value;
                  onChange({ type: "matching", rights: next });
                }}
              >
                <option value="">Choose a match…</option>
                {question.rights.map((right) => (
                  <option key={right} value={right}>
                    {right}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
