"use client";

import { TAGS } from "@quizdeck/content/tags";
import { useState } from "react";
import { paragraphNumber } from "@/components/article/deep-link";
import { AnySelect } from "@/components/forms/any-select";
import type { CatalogQuestion } from "@/lib/library/catalog-types";
import { DIFFICULTY_LABELS, LEVEL_LABELS, TYPE_LABELS } from "@/lib/quiz/type-labels";
import { EntryPreview } from "./entry-preview";
import styles from "./library.module.css";

/**
 * Questions to add to a set: the bank's and the teacher's own, filtered by
 * where they come from, topic, type, article paragraph, level and difficulty,
 * each previewable as students see it.
 */
export function QuestionCatalog({
  questions,
  onAdd,
}: {
  questions: CatalogQuestion[];
  onAdd: (entry: CatalogQuestion) => void;
}) {
  const [filters, setFilters] = useState({
    origin: "",
    tag: "",
    type: "",
    paragraph: "",
    level: "",
    difficulty: "",
  });
  const paragraphs = [...new Set(questions.flatMap((entry) => entry.paragraphIds))].sort();
  const matching = questions.filter(
    (entry) =>
      (filters.origin === "" || entry.ref.kind === filters.origin) &&
      (filters.tag === "" || entry.question.tags.includes(filters.tag as never)) &&
      (filters.type === "" || entry.question.type === filters.type) &&
      (filters.paragraph === "" || entry.paragraphIds.includes(filters.paragraph)) &&
      (filters.level === "" || entry.question.level === filters.level) &&
      (filters.difficulty === "" || String(entry.question.difficulty) === filters.difficulty),
  );
  const set = (name: keyof typeof filters) => (value: string) =>
    setFilters({ ...filters, [name]: value });
  return (
    <div className="stack">
      <div className={styles.filters}>
        <AnySelect
          label="From"
          value={filters.origin}
          onChange={set("origin")}
          options={[
            ["bank", "The bank"],
            ["library", "Your library"],
          ]}
        />
        <AnySelect
          label="Topic or name"
          value={filters.tag}
          onChange={set("tag")}
          options={Object.entries(TAGS).map(([id, tag]) => [id, tag.label])}
        />
        <AnySelect
          label="Type"
          value={filters.type}
          onChange={set("type")}
          options={Object.entries(TYPE_LABELS)}
        />
        <AnySelect
          label="Article paragraph"
          value={filters.paragraph}
          onChange={set("paragraph")}
          options={paragraphs.map((id) => [id, `¶${paragraphNumber(id)}`])}
        />
        <AnySelect
          label="Level"
          value={filters.level}
          onChange={set("level")}
          options={Object.entries(LEVEL_LABELS)}
        />
        <AnySelect
          label="Difficulty"
          value={filters.difficulty}
          onChange={set("difficulty")}
          options={Object.entries(DIFFICULTY_LABELS)}
        />
      </div>
      <h3 id="catalog-heading">Questions you can add ({matching.length})</h3>
      <ul className={styles.pickList} aria-labelledby="catalog-heading">
        {matching.map((entry) => (
          <li key={entry.key}>
            <div className={styles.entryHead}>
              <span>
                {entry.question.prompt}{" "}
                <span className="muted">
                  ({TYPE_LABELS[entry.question.type]},{" "}
                  {entry.ref.kind === "bank" ? "bank" : `yours, version ${entry.version}`}, from{" "}
                  {entry.sourceLabel})
                </span>
                {entry.grounded ? null : (
                  <span className={`${styles.badge} ${styles.ungrounded}`}>ungrounded</span>
                )}
              </span>
              <button
                type="button"
                className="secondary"
                aria-label={`Add: ${entry.question.prompt}`}
                onClick={() => onAdd(entry)}
              >
                Add
              </button>
            </div>
            <EntryPreview entry={entry} />
          </li>
        ))}
      </ul>
    </div>
  );
}
