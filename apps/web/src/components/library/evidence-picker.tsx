"use client";

import type { Article, Evidence } from "@quizdeck/content/schema";
import { EVIDENCE_QUOTE_MIN } from "@quizdeck/content/schema";
import { useRef, useState } from "react";
import { paragraphNumber } from "@/components/article/deep-link";
import { FieldError } from "../forms/form-message";
import styles from "./library.module.css";

/**
 * Choosing the evidence: a paragraph of the source, the passage selected in it
 * (with the mouse, or Shift and the arrow keys in the paragraph's text box) or
 * typed, checked word for word as it is typed, then added. Each quote can be
 * removed again.
 */
export function EvidencePicker({
  source,
  evidence,
  onChange,
  errors,
}: {
  source: Article;
  evidence: Evidence[];
  onChange: (evidence: Evidence[]) => void;
  errors: string[] | undefined;
}) {
  const [paragraphId, setParagraphId] = useState(source.paragraphs[0]?.id ?? "");
  const [quote, setQuote] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const paragraph = source.paragraphs.find((candidate) => candidate.id === paragraphId);
  const number = paragraphNumber(paragraphId);
  const trimmed = quote.trim();
  const verbatim =
    paragraph !== undefined && trimmed.length > 0 && paragraph.text.includes(trimmed);
  const status =
    trimmed.length === 0
      ? "Select or type the passage that supports the answer."
      : !verbatim
        ? `Not word for word in paragraph ${number}: copy the passage exactly.`
        : trimmed.length < EVIDENCE_QUOTE_MIN
          ? `A quote needs at least ${EVIDENCE_QUOTE_MIN} characters.`
          : `Word for word in paragraph ${number}.`;

  return (
    <fieldset className={styles.group}>
      <legend>Evidence from “{source.title}”</legend>
      {evidence.length === 0 ? (
        <p className="muted">
          No quote yet: the question needs one passage of the source that supports its answer.
        </p>
      ) : (
        <ul className={styles.list} aria-label="Quotes">
          {evidence.map((item, index) => (
            <li key={`${item.paragraphId}|${item.quote}`}>
              ¶{paragraphNumber(item.paragraphId)}: “{item.quote}”{" "}
              <button
                type="button"
                className="secondary"
                aria-label={`Remove quote ${index + 1}`}
                onClick={() => {
                  onChange(evidence.filter((_, i) => i !== index));
                  setAnnouncement("Quote removed.");
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError id="editor-evidence-error" errors={errors} />
      <div className="field">
        <label htmlFor="evidence-paragraph">Paragraph</label>
        <select
          id="evidence-paragraph"
          value={paragraphId}
          onChange={(event) => setParagraphId(event.target.value)}
        >
          {source.paragraphs.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              ¶{paragraphNumber(candidate.id)}: {candidate.text.slice(0, 70)}
              {candidate.text.length > 70 ? "…" : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="evidence-text">Paragraph text</label>
        <span className="muted" id="evidence-text-hint">
          Select the passage (Shift and the arrow keys work), then choose “Use the selected
          passage”.
        </span>
        {/* Not readOnly: browsers move no caret in a read-only text box, so the keyboard could
            not select. The text stays as it is: a change is ignored and React restores it. */}
        <textarea
          id="evidence-text"
          ref={textRef}
          aria-readonly="true"
          className={styles.paragraphText}
          value={paragraph?.text ?? ""}
          aria-describedby="evidence-text-hint"
          onChange={() => {}}
        />
      </div>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          const area = textRef.current;
          if (!area || area.selectionStart === area.selectionEnd) {
            setAnnouncement("Nothing is selected in the paragraph text.");
            return;
          }
          setQuote(area.value.slice(area.selectionStart, area.selectionEnd).trim());
        }}
      >
        Use the selected passage
      </button>
      <div className="field">
        <label htmlFor="evidence-quote">Quote</label>
        <input
          id="evidence-quote"
          type="text"
          value={quote}
          aria-describedby="evidence-quote-status"
          onChange={(event) => setQuote(event.target.value)}
        />
        <span
          id="evidence-quote-status"
          className={verbatim ? "success" : "muted"}
          aria-live="polite"
        >
          {status}
        </span>
      </div>
      <button
        type="button"
        disabled={!verbatim || trimmed.length < EVIDENCE_QUOTE_MIN}
        onClick={() => {
          onChange([...evidence, { paragraphId, quote: trimmed }]);
          setQuote("");
          setAnnouncement(`Quote from paragraph ${number} added.`);
        }}
      >
        Add quote as evidence
      </button>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
