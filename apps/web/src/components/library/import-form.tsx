"use client";

import { LIMITS } from "@quizdeck/db/limits";
import { useState } from "react";
import { readImportFileAction } from "@/lib/actions/library-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FieldError, FormMessage } from "../forms/form-message";

const FORMATS = [
  ["gift", "Moodle GIFT (.gift, .txt)"],
  ["moodle-xml", "Moodle XML (.xml)"],
  ["qti", "QTI 2.1 or 3.0 item (.xml) or content package (.zip)"],
  ["quizlet", "Quizlet export (term, tab, definition)"],
  ["csv", "Spreadsheet (.csv, one row a question, as Kahoot and Blooket use)"],
] as const;

/** The format a file name suggests, or "" when it could be several. */
function formatOf(name: string): string {
  if (/\.gift$/i.test(name)) return "gift";
  if (/\.zip$/i.test(name)) return "qti";
  if (/\.csv$/i.test(name)) return "csv";
  return "";
}

/** The file's bytes as base64 (the action takes form fields, not files). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

/** Choose a file and its format; the server reads it and shows the preview and report. */
export function ImportForm() {
  const { state, formAction, pending, errorsFor } = useFormAction(readImportFileAction);
  const [file, setFile] = useState({ name: "", content: "" });
  const [format, setFormat] = useState("");
  const [note, setNote] = useState("");
  const fileErrors = errorsFor("file") ?? errorsFor("content") ?? errorsFor("fileName");
  return (
    <form action={formAction} noValidate aria-describedby="import-message" className="stack">
      <FormMessage state={state} id="import-message" labels={{ format: "Format" }} />
      <input type="hidden" name="fileName" value={file.name} />
      <input type="hidden" name="content" value={file.content} />
      <div className="field">
        <label htmlFor="import-file">File</label>
        <input
          id="import-file"
          type="file"
          accept=".gift,.txt,.xml,.zip,.csv"
          aria-describedby="import-file-note import-file-error"
          aria-invalid={fileErrors?.length ? true : undefined}
          onChange={async (event) => {
            const chosen = event.target.files?.[0];
            if (!chosen) return;
            if (chosen.size > LIMITS.importFileBytesMax) {
              setFile({ name: "", content: "" });
              setNote(
                `That file is larger than ${Math.round(LIMITS.importFileBytesMax / 1024)} KB.`,
              );
              return;
            }
            setFile({ name: chosen.name, content: await base64Of(chosen) });
            const guessed = formatOf(chosen.name);
            if (guessed) setFormat(guessed);
            setNote(`${chosen.name} is ready to read.`);
          }}
        />
        <span id="import-file-note" className="muted" aria-live="polite">
          {note}
        </span>
        <FieldError id="import-file-error" errors={fileErrors} />
      </div>
      <div className="field">
        <label htmlFor="import-format">Format</label>
        <select
          id="import-format"
          name="format"
          value={format}
          onChange={(event) => setFormat(event.target.value)}
        >
          <option value="" disabled>
            Choose the file's format…
          </option>
          {FORMATS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <FieldError id="import-format-error" errors={errorsFor("format")} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Reading…" : "Read the file"}
        </button>
      </div>
    </form>
  );
}
