"use client";

import { sourceFormatOf } from "@quizdeck/content/source/format";
import { LIMITS } from "@quizdeck/db/limits";
import { useState } from "react";
import { createSourceAction } from "@/lib/actions/library-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FieldError, FormMessage } from "../forms/form-message";
import { TextField } from "../forms/text-field";

const LABELS = { title: "Title", author: "Author or origin", format: "Written as", text: "Text" };

/** A source to quote from: pasted, or read from a plain text, Markdown or HTML file. */
export function SourceForm() {
  const { state, formAction, pending, errorsFor, typedValue } = useFormAction(createSourceAction);
  const [text, setText] = useState(typedValue("text") ?? "");
  const [format, setFormat] = useState(typedValue("format") ?? "text");
  const [fileNote, setFileNote] = useState("");
  const textErrors = errorsFor("text");
  return (
    <form action={formAction} noValidate aria-describedby="source-message" className="stack">
      <FormMessage state={state} id="source-message" labels={LABELS} />
      <TextField
        name="title"
        label="Title"
        maxLength={LIMITS.sourceTitleMax}
        defaultValue={typedValue("title")}
        errors={errorsFor("title")}
      />
      <TextField
        name="author"
        label="Author or origin (optional)"
        maxLength={LIMITS.sourceAuthorMax}
        defaultValue={typedValue("author")}
        errors={errorsFor("author")}
      />
      <div className="field">
        <label htmlFor="source-file">Read the text from a file (optional)</label>
        <input
          id="source-file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-describedby="source-file-note"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            if (file.size > LIMITS.sourceTextMax * 4) {
              setFileNote("That file is too large for a source.");
              return;
            }
            setText(await file.text());
            setFormat(sourceFormatOf(file.name));
            setFileNote(`Read ${file.name}.`);
          }}
        />
        <span id="source-file-note" className="muted" aria-live="polite">
          {fileNote}
        </span>
      </div>
      <div className="field">
        <label htmlFor="source-format">Written as</label>
        <select
          id="source-format"
          name="format"
          value={format}
          onChange={(event) => setFormat(event.target.value)}
        >
          <option value="text">Plain text (paragraphs separated by blank lines)</option>
          <option value="markdown">Markdown</option>
          <option value="html">HTML</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="source-text">Text</label>
        <textarea
          id="source-text"
          name="text"
          rows={14}
          value={text}
          maxLength={LIMITS.sourceTextMax}
          aria-invalid={textErrors?.length ? true : undefined}
          aria-describedby={textErrors?.length ? "source-text-error" : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <FieldError id="source-text-error" errors={textErrors} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save source"}
        </button>
      </div>
    </form>
  );
}
