"use client";

import { blankNumbers, type EditorState } from "@/lib/library/editor-state";
import { TYPE_LABELS } from "@/lib/quiz/type-labels";
import { FieldError } from "../forms/form-message";
import { Text, TextArea } from "./editor-inputs";
import styles from "./library.module.css";

interface TypeFieldsProps {
  state: EditorState;
  update: (change: Partial<EditorState>) => void;
  errorsUnder: (path: string) => string[] | undefined;
}

/** The fields of the chosen question type (or a flashcard's two sides), keyboard operable. */
export function TypeFields({ state, update, errorsUnder }: TypeFieldsProps) {
  if (state.kind === "flashcard") {
    return (
      <>
        <TextArea
          label="Front"
          value={state.front}
          onChange={(front) => update({ front })}
          errors={errorsUnder("item.front")}
        />
        <TextArea
          label="Back"
          value={state.back}
          onChange={(back) => update({ back })}
          errors={errorsUnder("item.back")}
        />
      </>
    );
  }
  switch (state.type) {
    case "single-choice":
    case "multiple-choice":
      return <ChoiceFields state={state} update={update} errorsUnder={errorsUnder} />;
    case "true-false":
      return (
        <fieldset className={styles.group}>
          <legend>The statement is</legend>
          {[true, false].map((value) => (
            <label key={String(value)} className={styles.check}>
              <input
                type="radio"
                name="editor-answer"
                checked={state.answer === value}
                onChange={() => update({ answer: value })}
              />{" "}
              {value ? "True" : "False"}
            </label>
          ))}
        </fieldset>
      );
    case "cloze":
      return (
        <>
          <TextArea
            label="Passage with blanks"
            hint="Write {{1}}, {{2}}, … where the blanks go."
            value={state.clozeText}
            onChange={(clozeText) => update({ clozeText })}
            errors={errorsUnder("item.text")}
          />
          <button
            type="button"
            className="secondary"
            onClick={() =>
              update({
                clozeText: `${state.clozeText}{{${blankNumbers(state.clozeText).length + 1}}}`,
              })
            }
          >
            Add a blank at the end
          </button>
          {blankNumbers(state.clozeText).map((number, index) => (
            <Text
              key={number}
              label={`Accepted answers for blank ${index + 1}`}
              hint="Separate alternatives with |"
              value={state.accept[index] ?? ""}
              onChange={(value) => {
                const accept = [...state.accept];
                accept[index] = value;
                update({ accept });
              }}
            />
          ))}
          <FieldError id="editor-accept-error" errors={errorsUnder("item.accept")} />
        </>
      );
    case "matching":
      return (
        <fieldset className={styles.group}>
          <legend>Pairs (each left goes with its right)</legend>
          {state.pairs.map((pair, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position.
            <div key={index} className={styles.row}>
              <Text
                label={`Pair ${index + 1}, left`}
                value={pair.left}
                onChange={(left) =>
                  update({ pairs: replaceAt(state.pairs, index, { ...pair, left }) })
                }
              />
              <Text
                label={`Pair ${index + 1}, right`}
                value={pair.right}
                onChange={(right) =>
                  update({ pairs: replaceAt(state.pairs, index, { ...pair, right }) })
                }
              />
              <RemoveButton
                label={`Remove pair ${index + 1}`}
                onRemove={() => update({ pairs: removeAt(state.pairs, index) })}
              />
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => update({ pairs: [...state.pairs, { left: "", right: "" }] })}
          >
            Add a pair
          </button>
          <FieldError id="editor-pairs-error" errors={errorsUnder("item.pairs")} />
        </fieldset>
      );
    case "ordering":
      return (
        <fieldset className={styles.group}>
          <legend>Items, in the correct order</legend>
          {state.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position.
            <div key={index} className={styles.row}>
              <Text
                label={`Item ${index + 1}`}
                value={item}
                onChange={(value) => update({ items: replaceAt(state.items, index, value) })}
              />
              <button
                type="button"
                className="secondary"
                aria-label={`Move item ${index + 1} up`}
                disabled={index === 0}
                onClick={() => update({ items: swap(state.items, index, index - 1) })}
              >
                ↑
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={`Move item ${index + 1} down`}
                disabled={index === state.items.length - 1}
                onClick={() => update({ items: swap(state.items, index, index + 1) })}
              >
                ↓
              </button>
              <RemoveButton
                label={`Remove item ${index + 1}`}
                onRemove={() => update({ items: removeAt(state.items, index) })}
              />
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => update({ items: [...state.items, ""] })}
          >
            Add an item
          </button>
          <FieldError id="editor-items-error" errors={errorsUnder("item.items")} />
        </fieldset>
      );
  }
}

function ChoiceFields({ state, update, errorsUnder }: TypeFieldsProps) {
  const single = state.type === "single-choice";
  const mark = (index: number, correct: boolean) =>
    update({
      choices: state.choices.map((choice, i) =>
        i === index ? { ...choice, correct } : single ? { ...choice, correct: false } : choice,
      ),
    });
  return (
    <fieldset className={styles.group}>
      <legend>
        Options ({TYPE_LABELS[state.type]}:{" "}
        {single ? "one is correct" : "tick every correct one, leave one or more wrong"})
      </legend>
      {state.choices.map((choice, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position.
        <div key={index} className={styles.row}>
          <Text
            label={`Option ${index + 1}`}
            value={choice.text}
            onChange={(text) =>
              update({ choices: replaceAt(state.choices, index, { ...choice, text }) })
            }
          />
          <label className={styles.check}>
            <input
              type={single ? "radio" : "checkbox"}
              name="editor-correct"
              checked={choice.correct}
              onChange={(event) => mark(index, single ? true : event.target.checked)}
            />{" "}
            Option {index + 1} is correct
          </label>
          <RemoveButton
            label={`Remove option ${index + 1}`}
            onRemove={() => update({ choices: removeAt(state.choices, index) })}
          />
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        disabled={state.choices.length >= 8}
        onClick={() => update({ choices: [...state.choices, { text: "", correct: false }] })}
      >
        Add an option
      </button>
      <FieldError id="editor-choices-error" errors={errorsUnder("item.choices")} />
    </fieldset>
  );
}

function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="secondary" aria-label={label} onClick={onRemove}>
      Remove
    </button>
  );
}

function replaceAt<T>(items: readonly T[], index: number, value: T): T[] {
  return items.map((old, i) => (i === index ? value : old));
}

function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

function swap<T>(items: readonly T[], a: number, b: number): T[] {
  const next = [...items];
  [next[a], next[b]] = [next[b] as T, next[a] as T];
  return next;
}
