"use client";

import { useId, useMemo, useState } from "react";
import { paragraphNumber } from "@/components/article/deep-link";
import { AnySelect } from "@/components/forms/any-select";
import { TYPE_LABELS } from "@/lib/quiz/type-labels";
import { FieldError } from "../forms/form-message";
import styles from "./assignment-form.module.css";
import { ASSIGNMENT_LABELS } from "./assignment-labels";

export interface PickableQuestion {
  id: string;
  prompt: string;
  type: string;
  difficulty: number;
  tags: string[];
  paragraphIds: string[];
}

/** One of the teacher's own sets, as the assignment form offers it. */
export interface LibrarySetOption {
  id: string;
  title: string;
  questionCount: number;
  questionsPerAttempt: number;
}

/** A set of the bank, one of the teacher's sets, or questions picked from the bank (filtered, in the teacher's order). */
export function ItemPicker({
  sets,
  librarySets,
  librarySetId,
  librarySetError,
  questions,
  tags,
  setError,
  questionError,
}: {
  sets: { id: string; title: string; questionCount: number; flashcardCount: number }[];
  librarySets: LibrarySetOption[];
  librarySetId: string | undefined;
  librarySetError: string[] | undefined;
  questions: PickableQuestion[];
  tags: { id: string; label: string }[];
  setError: string[] | undefined;
  questionError: string[] | undefined;
}) {
  const [source, setSource] = useState<"set" | "library" | "custom">(
    librarySetId ? "library" : "set",
  );
  const [picked, setPicked] = useState<string[]>([]);
  const [tag, setTag] = useState("");
  const [type, setType] = useState("");
  const [difficulty, setDifficulty] = useState("");
  const [paragraph, setParagraph] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const ids = useId();
  const byId = useMemo(
    () => new Map(questions.map((question) => [question.id, question])),
    [questions],
  );
  const paragraphs = useMemo(
    () => [...new Set(questions.flatMap((question) => question.paragraphIds))].sort(),
    [questions],
  );
  const matching = questions.filter(
    (question) =>
      !picked.includes(question.id) &&
      (tag === "" || question.tags.includes(tag)) &&
      (type === "" || question.type === type) &&
      (difficulty === "" || String(question.difficulty) === difficulty) &&
      (paragraph === "" || question.paragraphIds.includes(paragraph)),
  );

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= picked.length) return;
    const next = [...picked];
    [next[index], next[target]] = [next[target] as string, next[index] as string];
    setPicked(next);
    setAnnouncement(`Moved to position ${target + 1} of ${next.length}.`);
  };

  return (
    <fieldset className={styles.settings}>
      <legend>
        <strong>Questions</strong>
      </legend>
      <label className={styles.check}>
        <input
          type="radio"
          name="source"
          value="set"
          checked={source === "set"}
          onChange={() => setSource("set")}
        />{" "}
        A ready-made set
      </label>
      <label className={styles.check}>
        <input
          type="radio"
          name="source"
          value="library"
          checked={source === "library"}
          onChange={() => setSource("library")}
        />{" "}
        One of your sets
      </label>
      <label className={styles.check}>
        <input
          type="radio"
          name="source"
          value="custom"
          checked={source === "custom"}
          onChange={() => setSource("custom")}
        />{" "}
        Pick questions from the bank
      </label>

      {source === "library" ? (
        <div className="field">
          <label htmlFor={`${ids}-library-set`}>{ASSIGNMENT_LABELS.librarySetId}</label>
          <select
            id={`${ids}-library-set`}
            name="librarySetId"
            defaultValue={librarySetId ?? ""}
            aria-describedby={librarySetError ? `${ids}-library-set-error` : undefined}
          >
            <option value="" disabled>
              {librarySets.length === 0 ? "You have no sets yet" : "Choose one of your sets…"}
            </option>
            {librarySets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.title} ({set.questionCount} questions
                {set.questionsPerAttempt !== set.questionCount
                  ? `, ${set.questionsPerAttempt} drawn per attempt`
                  : ""}
                )
              </option>
            ))}
          </select>
          <FieldError id={`${ids}-library-set-error`} errors={librarySetError} />
        </div>
      ) : source === "set" ? (
        <div className="field">
          <label htmlFor={`${ids}-set`}>{ASSIGNMENT_LABELS.setId}</label>
          <select
            id={`${ids}-set`}
            name="setId"
            defaultValue=""
            aria-describedby={setError ? `${ids}-set-error` : undefined}
          >
            <option value="" disabled>
              Choose a set…
            </option>
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.title} ({set.questionCount} questions, {set.flashcardCount} flashcards)
              </option>
            ))}
          </select>
          <FieldError id={`${ids}-set-error`} errors={setError} />
        </div>
      ) : (
        <div className="stack">
          <div className={styles.filters}>
            <AnySelect
              label="Topic or name"
              value={tag}
              onChange={setTag}
              options={tags.map((t) => [t.id, t.label])}
            />
            <AnySelect
              label="Type"
              value={type}
              onChange={setType}
              options={Object.entries(TYPE_LABELS)}
            />
            <AnySelect
              label="Difficulty"
              value={difficulty}
              onChange={setDifficulty}
              options={[
                ["1", "Easy"],
                ["2", "Medium"],
                ["3", "Hard"],
              ]}
            />
            <AnySelect
              label="Article paragraph"
              value={paragraph}
              onChange={setParagraph}
              options={paragraphs.map((id) => [id, `¶${paragraphNumber(id)}`])}
            />
          </div>
          <h3 className={styles.subheading}>Matching questions ({matching.length})</h3>
          <ul className={styles.pickList}>
            {matching.map((question) => (
              <li key={question.id}>
                <span>
                  {question.prompt} <span className="muted">({TYPE_LABELS[question.type]})</span>
                </span>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Add: ${question.prompt}`}
                  onClick={() => {
                    setPicked([...picked, question.id]);
                    setAnnouncement(`Added. ${picked.length + 1} questions picked.`);
                  }}
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
          <h3 className={styles.subheading} id={`${ids}-picked`}>
            {ASSIGNMENT_LABELS.questionIds}, in order ({picked.length})
          </h3>
          <FieldError id={`${ids}-picked-error`} errors={questionError} />
          {picked.length === 0 ? <p className="muted">Nothing picked yet.</p> : null}
          <ol className={styles.pickList} aria-labelledby={`${ids}-picked`}>
            {picked.map((id, index) => (
              <li key={id}>
                <input type="hidden" name="questionIds" value={id} />
                <span>{byId.get(id)?.prompt}</span>
                <span className={styles.actions}>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Move up: ${byId.get(id)?.prompt}`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Move down: ${byId.get(id)?.prompt}`}
                    disabled={index === picked.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Remove: ${byId.get(id)?.prompt}`}
                    onClick={() => {
                      setPicked(picked.filter((other) => other !== id));
                      setAnnouncement(`Removed. ${picked.length - 1} questions picked.`);
                    }}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
        </div>
      )}
    </fieldset>
  );
}
