"use client";

import { type ClipboardEvent, type InputHTMLAttributes, useRef, useState } from "react";
import { FieldError } from "./form-message";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  errors?: string[] | undefined;
  hint?: string;
}

/** Types whose text a person reads back, so a count of characters helps (not passwords, numbers or dates). */
const COUNTED_TYPES = new Set(["text", "search"]);

/**
 * A labelled input whose error and hint are tied to it for screen readers. A
 * field with a `maxLength` (the limits of `@quizdeck/db/limits`) counts its
 * characters, and says so when a paste was cut at the limit: the browser
 * drops the rest without a word otherwise.
 */
export function TextField({
  name,
  label,
  errors,
  hint,
  id: givenId,
  type = "text",
  maxLength,
  onInput,
  onPaste,
  ...input
}: TextFieldProps) {
  const id = givenId ?? `field-${name}`;
  const [typedLength, setTypedLength] = useState(String(input.defaultValue ?? "").length);
  const length = input.value === undefined ? typedLength : String(input.value).length;
  const [cut, setCut] = useState(0);
  // The input event that follows a paste belongs to it; any later one clears the notice.
  const pasting = useRef(false);
  const limited = maxLength !== undefined;
  const counted = limited && COUNTED_TYPES.has(type);
  const describedBy = [
    hint ? `${id}-hint` : null,
    counted ? `${id}-count` : null,
    cut > 0 ? `${id}-cut` : null,
    errors?.length ? `${id}-error` : null,
  ]
    .filter(Boolean)
    .join(" ");

  const measurePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    onPaste?.(event);
    if (maxLength === undefined) return;
    const field = event.currentTarget;
    pasting.current = true;
    const replaced = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    const pasted = event.clipboardData.getData("text").length;
    setCut(Math.max(0, field.value.length - replaced + pasted - maxLength));
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="muted" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
        type={type}
        maxLength={maxLength}
        onInput={(event) => {
          onInput?.(event);
          setTypedLength(event.currentTarget.value.length);
          if (!pasting.current) setCut(0);
          pasting.current = false;
        }}
        onPaste={measurePaste}
      />
      {counted ? (
        <span
          className={`field-count${length >= maxLength ? " field-count-full" : ""}`}
          id={`${id}-count`}
        >
          {length} of {maxLength} characters
        </span>
      ) : null}
      {limited ? (
        <span className="field-cut" id={`${id}-cut`} role="status">
          {cut > 0
            ? `That did not all fit: this field takes at most ${maxLength} characters, so the last ${cut === 1 ? "character was" : `${cut} characters were`} left out.`
            : ""}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
