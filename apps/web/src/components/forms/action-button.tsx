"use client";

import { useId } from "react";
import { useFormAction } from "@/lib/forms/use-form-action";
import type { FormAction } from "@/server/action/define-action";
import { FormMessage } from "./form-message";

interface ActionButtonProps {
  action: FormAction;
  /** Hidden fields the action reads (ids, switches). */
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** The button's accessible name when the label alone is ambiguous ("Remove" → "Remove Aigerim"). */
  accessibleLabel?: string;
  className?: string;
  inline?: boolean;
}

/** A one-button form for an action (archive, remove, start…), with its message announced. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  accessibleLabel,
  className,
  inline,
}: ActionButtonProps) {
  const { state, formAction, pending } = useFormAction(action);
  const messageId = useId();
  return (
    <form
      action={formAction}
      aria-describedby={messageId}
      style={inline ? { display: "inline" } : undefined}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={className}
        aria-label={accessibleLabel}
        aria-disabled={pending ? true : undefined}
      >
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      <FormMessage state={state} id={messageId} />
    </form>
  );
}
