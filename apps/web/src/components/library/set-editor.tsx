"use client";

import type { LibrarySetStructure } from "@quizdeck/db/fields";
import { LIMITS } from "@quizdeck/db/limits";
import { useMemo, useState } from "react";
import { updateLibrarySetAction } from "@/lib/actions/library-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { type CatalogCard, type CatalogQuestion, refKey } from "@/lib/library/catalog-types";
import { FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";
import styles from "./library.module.css";
import { QuestionCatalog } from "./question-catalog";
import { SetSection } from "./set-section";

export interface EditorSection {
  title: string;
  draw: number | null;
  keys: string[];
}

const LABELS = { title: "Title", description: "Description", structure: "Questions" };

/**
 * A teacher's set: title, sections in order (each drawn whole or "N at random
 * per attempt"), the questions in each (reordered with buttons, moved between
 * sections, previewed as students see them), flashcards, and the catalog to add
 * from. Saved as a whole.
 */
export function SetEditor({
  setId,
  title,
  description,
  structure,
  questions,
  cards,
}: {
  setId: string;
  title: string;
  description: string;
  structure: LibrarySetStructure;
  questions: CatalogQuestion[];
  cards: CatalogCard[];
}) {
  const { state, formAction, pending, errorsFor } = useFormAction(updateLibrarySetAction);
  const structureErrors = errorsFor("structure");
  const byKey = useMemo(() => new Map(questions.map((entry) => [entry.key, entry])), [questions]);
  const cardByKey = useMemo(() => new Map(cards.map((card) => [card.key, card])), [cards]);
  const [sections, setSections] = useState<EditorSection[]>(() =>
    structure.sections.map((section) => ({
      title: section.title,
      draw: section.draw,
      keys: section.questions.map(refKey).filter((key) => byKey.has(key)),
    })),
  );
  const [cardKeys, setCardKeys] = useState(() =>
    structure.flashcards.map(refKey).filter((key) => cardByKey.has(key)),
  );
  const [target, setTarget] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const inSet = new Set(sections.flatMap((section) => section.keys));
  const saved: LibrarySetStructure = {
    sections: sections.map((section) => ({
      title: section.title,
      draw: section.draw,
      questions: section.keys.flatMap((key) => {
        const entry = byKey.get(key);
        return entry ? [entry.ref] : [];
      }),
    })),
    flashcards: cardKeys.flatMap((key) => {
      const card = cardByKey.get(key);
      return card ? [card.ref] : [];
    }),
  };
  const changeSection = (index: number, change: Partial<EditorSection>) =>
    setSections(sections.map((section, i) => (i === index ? { ...section, ...change } : section)));
  /** Moves a question one place, across into the neighbouring section at either end. */
  const move = (sectionIndex: number, position: number, by: -1 | 1) => {
    const key = sections[sectionIndex]?.keys[position];
    if (key === undefined) return;
    const next = sections.map((section) => ({ ...section, keys: [...section.keys] }));
    const here = next[sectionIndex];
    if (!here) return;
    const to = position + by;
    if (to >= 0 && to < here.keys.length) {
      here.keys.splice(position, 1);
      here.keys.splice(to, 0, key);
      setAnnouncement(`Moved to position ${to + 1} in ${here.title}.`);
    } else {
      const neighbour = next[sectionIndex + by];
      if (!neighbour) return;
      here.keys.splice(position, 1);
      if (by < 0) neighbour.keys.push(key);
      else neighbour.keys.unshift(key);
      setAnnouncement(`Moved to ${neighbour.title}.`);
    }
    setSections(next);
  };

  return (
    <form action={formAction} noValidate aria-describedby="set-message" className="stack">
      <FormMessage state={state} id="set-message" labels={LABELS} />
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="structure" value={JSON.stringify(saved)} />
      <TextField
        name="title"
        label="Title"
        maxLength={LIMITS.librarySetTitleMax}
        defaultValue={state.values?.title ?? title}
        errors={errorsFor("title")}
      />
      <TextField
        name="description"
        label="Description (optional)"
        maxLength={LIMITS.librarySetDescriptionMax}
        defaultValue={state.values?.description ?? description}
        errors={errorsFor("description")}
      />

      <h2>Sections and questions</h2>
      <p className="muted">
        Each attempt takes every question of a section, or draws the number you give at random, per
        student and per attempt.
      </p>
      {sections.map((section, index) => (
        <SetSection
          // biome-ignore lint/suspicious/noArrayIndexKey: sections are edited in place by position.
          key={index}
          index={index}
          section={section}
          count={sections.length}
          byKey={byKey}
          onChange={(change) => changeSection(index, change)}
          onMove={(position, by) => move(index, position, by)}
          onRemoveQuestion={(key) => {
            changeSection(index, {
              keys: section.keys.filter((other) => other !== key),
              draw: null,
            });
            setAnnouncement("Question removed from the set.");
          }}
          onRemove={() => {
            const previous = sections[index - 1] ?? sections[index + 1];
            setSections(
              sections
                .map((other) =>
                  other === previous ? { ...other, keys: [...other.keys, ...section.keys] } : other,
                )
                .filter((_, i) => i !== index),
            );
            setTarget(0);
            setAnnouncement(
              `Section removed; its questions moved to ${previous?.title ?? "the set"}.`,
            );
          }}
        />
      ))}
      <div>
        <button
          type="button"
          className="secondary"
          disabled={sections.length >= LIMITS.librarySectionsMax}
          onClick={() => {
            setSections([
              ...sections,
              { title: `Section ${sections.length + 1}`, draw: null, keys: [] },
            ]);
            setAnnouncement(`Section ${sections.length + 1} added.`);
          }}
        >
          Add a section
        </button>
      </div>
      {structureErrors ? <p className="form-error">{structureErrors.join(" ")}</p> : null}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save set"}
        </button>
      </div>

      <section aria-labelledby="add-heading" className={`stack ${styles.group}`}>
        <h2 id="add-heading">Add questions</h2>
        <div className="field">
          <label htmlFor="add-to-section">Add to section</label>
          <select
            id="add-to-section"
            value={target}
            onChange={(event) => setTarget(Number(event.target.value))}
          >
            {sections.map((section, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sections are chosen by position.
              <option key={index} value={index}>
                {index + 1}. {section.title}
              </option>
            ))}
          </select>
        </div>
        <QuestionCatalog
          questions={questions.filter((entry) => !inSet.has(entry.key))}
          onAdd={(entry) => {
            const index = Math.min(target, sections.length - 1);
            const section = sections[index];
            if (!section) return;
            changeSection(index, { keys: [...section.keys, entry.key] });
            setAnnouncement(`Added to ${section.title}: ${section.keys.length + 1} questions.`);
          }}
        />
      </section>

      <section aria-labelledby="cards-heading" className={`stack ${styles.group}`}>
        <h2 id="cards-heading">Flashcards ({cardKeys.length})</h2>
        <ul className={styles.list}>
          {cardKeys.map((key) => (
            <li key={key}>
              {cardByKey.get(key)?.front}{" "}
              <button
                type="button"
                className="secondary"
                aria-label={`Remove flashcard: ${cardByKey.get(key)?.front}`}
                onClick={() => setCardKeys(cardKeys.filter((other) => other !== key))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <details>
          <summary>Add flashcards</summary>
          <ul className={styles.pickList}>
            {cards
              .filter((card) => !cardKeys.includes(card.key))
              .map((card) => (
                <li key={card.key}>
                  {card.front}{" "}
                  <span className="muted">({card.ref.kind === "bank" ? "bank" : "yours"})</span>{" "}
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Add flashcard: ${card.front}`}
                    onClick={() => setCardKeys([...cardKeys, card.key])}
                  >
                    Add
                  </button>
                </li>
              ))}
          </ul>
        </details>
      </section>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}
