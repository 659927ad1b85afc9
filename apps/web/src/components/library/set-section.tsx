"use client";

import type { CatalogQuestion } from "@/lib/library/catalog-types";
import { TYPE_LABELS } from "@/lib/quiz/type-labels";
import { EntryPreview } from "./entry-preview";
import styles from "./library.module.css";
import type { EditorSection } from "./set-editor";

/** One section of the set editor: its title, how many to draw, its questions in order. */
export function SetSection({
  index,
  section,
  count,
  byKey,
  onChange,
  onMove,
  onRemoveQuestion,
  onRemove,
}: {
  index: number;
  section: EditorSection;
  count: number;
  byKey: Map<string, CatalogQuestion>;
  onChange: (change: Partial<EditorSection>) => void;
  onMove: (position: number, by: -1 | 1) => void;
  onRemoveQuestion: (key: string) => void;
  onRemove: () => void;
}) {
  const prefix = `section-${index + 1}`;
  return (
    <fieldset className={styles.section}>
      <legend>
        <strong>
          Section {index + 1}: {section.title}
        </strong>{" "}
        <span className="muted">
          ({section.keys.length} {section.keys.length === 1 ? "question" : "questions"}
          {section.draw !== null ? `, ${section.draw} drawn per attempt` : ", all in every attempt"}
          )
        </span>
      </legend>
      <div className={styles.row}>
        <div className={`field ${styles.grow}`}>
          <label htmlFor={`${prefix}-title`}>Section {index + 1} title</label>
          <input
            id={`${prefix}-title`}
            type="text"
            value={section.title}
            onChange={(event) => onChange({ title: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-draw`}>Section {index + 1}: questions drawn per attempt</label>
          <input
            id={`${prefix}-draw`}
            type="number"
            min={1}
            max={Math.max(1, section.keys.length)}
            value={section.draw ?? ""}
            placeholder="all"
            aria-describedby={`${prefix}-draw-hint`}
            onChange={(event) =>
              onChange({ draw: event.target.value === "" ? null : Number(event.target.value) })
            }
          />
          <span className="muted" id={`${prefix}-draw-hint`}>
            Empty: every question.
          </span>
        </div>
        {count > 1 ? (
          <button type="button" className="secondary" onClick={onRemove}>
            Remove section {index + 1}
          </button>
        ) : null}
      </div>
      {section.keys.length === 0 ? (
        <p className="muted">No questions in this section yet.</p>
      ) : null}
      <ol className={styles.entries} aria-label={`Questions of section ${index + 1}`}>
        {section.keys.map((key, position) => {
          const entry = byKey.get(key);
          if (!entry) return null;
          const prompt = entry.question.prompt;
          return (
            <li key={key}>
              <div className={styles.entryHead}>
                <span>
                  {prompt}{" "}
                  <span className="muted">
                    ({TYPE_LABELS[entry.question.type]},{" "}
                    {entry.ref.kind === "bank" ? "bank" : `version ${entry.version}`})
                  </span>
                  {entry.grounded ? null : (
                    <span className={`${styles.badge} ${styles.ungrounded}`}>ungrounded</span>
                  )}
                </span>
                <span className={styles.actions}>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Move up: ${prompt}`}
                    disabled={index === 0 && position === 0}
                    onClick={() => onMove(position, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Move down: ${prompt}`}
                    disabled={index === count - 1 && position === section.keys.length - 1}
                    onClick={() => onMove(position, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Remove: ${prompt}`}
                    onClick={() => onRemoveQuestion(key)}
                  >
                    Remove
                  </button>
                </span>
              </div>
              <EntryPreview entry={entry} />
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
