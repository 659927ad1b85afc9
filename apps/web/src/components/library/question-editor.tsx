"use client";

import { type Article, QUESTION_TYPES, type QuestionType } from "@quizdeck/content/schema";
import Link from "next/link";
import { useMemo, useState } from "react";
import { saveLibraryItemAction } from "@/lib/actions/library-actions";
import type { FormState } from "@/lib/form-state";
import { useFormAction } from "@/lib/forms/use-form-action";
import { type EditorState, itemFromEditor } from "@/lib/library/editor-state";
import { DIFFICULTY_LABELS, LEVEL_LABELS, TYPE_LABELS } from "@/lib/quiz/type-labels";
import { FormMessage } from "../forms/form-message";
import { TextArea } from "./editor-inputs";
import { EvidencePicker } from "./evidence-picker";
import styles from "./library.module.css";
import { FlashcardPreview, LivePreview } from "./live-preview";
import { SourceTextStatus } from "./source-text-status";
import { TypeFields } from "./type-fields";
import { useSourceArticle } from "./use-source-article";
import { writingChecks } from "./writing-checks";

export interface EditorSource {
  /** null: the bundled article. */
  id: string | null;
  title: string;
  /** Its paragraphs; null until asked for (useSourceArticle). */
  article: Article | null;
}

const LABELS: Record<string, string> = {
  "item.prompt": "Question",
  "item.explanation": "Why",
  "item.choices": "Options",
  "item.text": "Passage with blanks",
  "item.accept": "Accepted answers",
  "item.pairs": "Pairs",
  "item.items": "Items",
  "item.evidence": "Evidence",
  "item.grounded": "Evidence",
  "item.front": "Front",
  "item.back": "Back",
  sourceId: "Source",
};

/** Field messages under the field they belong to ("item.choices.2.text" → "item.choices"). */
function byField(state: FormState): FormState {
  if (!state.fieldErrors) return state;
  const grouped: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(state.fieldErrors)) {
    const key = path.split(".").slice(0, 2).join(".");
    grouped[key] = [...(grouped[key] ?? []), ...(messages ?? [])];
  }
  return { ...state, fieldErrors: grouped };
}

/**
 * Writing a question of any type, or a flashcard: the fields, the evidence
 * chosen in the source, a live preview as students see it, and the checks the
 * server will run, shown as the teacher types. The item travels to the server
 * as JSON and is checked there again with the same schema and checker.
 */
export function QuestionEditor({
  itemId,
  initial,
  sources,
  initialSourceId,
}: {
  itemId: string | null;
  initial: EditorState;
  sources: EditorSource[];
  initialSourceId: string | null;
}) {
  const { state: formState, formAction, pending } = useFormAction(saveLibraryItemAction);
  const shown = byField(formState);
  const [state, setState] = useState(initial);
  const [sourceId, setSourceId] = useState(initialSourceId);
  const update = (change: Partial<EditorState>) =>
    setState((previous) => ({ ...previous, ...change }));
  const source = sources.find((candidate) => candidate.id === sourceId) ?? sources[0] ?? null;
  const text = useSourceArticle(source ?? { id: null, title: "", article: null });
  const article = text.state === "loaded" ? text.article : null;
  const checks = useMemo(() => (article ? writingChecks(state, article) : null), [state, article]);
  if (!source) return null;
  const errorsUnder = (path: string) => shown.fieldErrors?.[path];
  const evidenceSource = source.id ? { id: source.id, title: source.title } : null;

  return (
    <div className={styles.editor}>
      <form action={formAction} noValidate aria-describedby="editor-message" className="stack">
        <FormMessage state={shown} id="editor-message" labels={LABELS} />
        {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
        <input type="hidden" name="kind" value={state.kind} />
        <input type="hidden" name="sourceId" value={source.id ?? ""} />
        <input type="hidden" name="item" value={JSON.stringify(itemFromEditor(state))} />
        <div className="field">
          <label htmlFor="editor-source">Source</label>
          <select
            id="editor-source"
            value={source.id ?? ""}
            onChange={(event) => {
              setSourceId(event.target.value || null);
              // Quotes belong to one source: a new source starts without them.
              update({ evidence: [] });
            }}
          >
            {sources.map((candidate) => (
              <option key={candidate.id ?? "article"} value={candidate.id ?? ""}>
                {candidate.id ? candidate.title : `The article: ${candidate.title}`}
              </option>
            ))}
          </select>
          <span className="muted">
            <Link href="/teach/library/sources/new">Add a source</Link> (paste or upload a text).
          </span>
        </div>
        {state.kind === "question" ? (
          <div className="field">
            <label htmlFor="editor-type">Question type</label>
            <select
              id="editor-type"
              value={state.type}
              onChange={(event) => update({ type: event.target.value as QuestionType })}
            >
              {QUESTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {state.kind === "question" ? (
          <TextArea
            label={state.type === "true-false" ? "Question (the statement)" : "Question"}
            value={state.prompt}
            onChange={(prompt) => update({ prompt })}
            errors={errorsUnder("item.prompt")}
          />
        ) : null}
        <TypeFields state={state} update={update} errorsUnder={errorsUnder} />
        {state.kind === "question" ? (
          <>
            <TextArea
              label="Why (the explanation students see)"
              value={state.explanation}
              onChange={(explanation) => update({ explanation })}
              errors={errorsUnder("item.explanation")}
            />
            <div className={styles.row}>
              <Choice
                label="Difficulty"
                value={String(state.difficulty)}
                options={DIFFICULTY_LABELS}
                onChange={(value) => update({ difficulty: Number(value) as 1 | 2 | 3 })}
              />
              <Choice
                label="Level"
                value={state.level}
                options={LEVEL_LABELS}
                onChange={(value) => update({ level: value as EditorState["level"] })}
              />
            </div>
          </>
        ) : null}
        {text.state === "loaded" ? (
          <EvidencePicker
            source={text.article}
            evidence={state.evidence}
            onChange={(evidence) => update({ evidence })}
            errors={errorsUnder("item.evidence") ?? errorsUnder("item.grounded")}
          />
        ) : (
          <SourceTextStatus text={text} />
        )}
        <div>
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : state.kind === "question" ? "Save question" : "Save flashcard"}
          </button>
        </div>
      </form>

      <aside className={`stack ${styles.aside}`} aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview, as students see it</h2>
        {state.kind === "flashcard" ? (
          <FlashcardPreview front={state.front} back={state.back} />
        ) : checks?.question ? (
          <div className="card">
            <LivePreview question={checks.question} source={evidenceSource} />
          </div>
        ) : (
          <p className="muted">The preview appears once the question is complete.</p>
        )}
        <section aria-labelledby="checks-heading" className="stack">
          <h2 id="checks-heading">Checks</h2>
          <div aria-live="polite">
            {!checks ? <p className="muted">The checks run once the source has loaded.</p> : null}
            {checks && checks.toFix.length > 0 ? (
              <>
                <h3>To fix before saving</h3>
                <ul className={styles.warnings}>
                  {checks.toFix.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {checks && checks.toConsider.length > 0 ? (
              <>
                <h3>Warnings</h3>
                <ul className={styles.warnings}>
                  {checks.toConsider.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {checks && checks.toFix.length + checks.toConsider.length === 0 ? (
              <p className="success">No problems found.</p>
            ) : null}
          </div>
        </section>
      </aside>
    </div>
  );
}

function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: Record<string, string>;
  onChange: (value: string) => void;
}) {
  const id = `editor-${label.toLowerCase()}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {Object.entries(options).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
