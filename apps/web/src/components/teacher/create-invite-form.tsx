"use client";

import { useId, useState } from "react";
import { createTeacherInviteAction } from "@/lib/actions/invite-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormMessage } from "../forms/form-message";

/** Makes an invite link and shows it once, with a button that copies it. */
export function CreateInviteForm() {
  const { state, formAction, pending } = useFormAction(createTeacherInviteAction);
  const [copied, setCopied] = useState(false);
  const linkId = useId();
  const link = state.ok ? state.result : undefined;
  return (
    <form action={formAction} aria-describedby="create-invite-message" className="stack">
      <FormMessage state={state} id="create-invite-message" />
      {link ? (
        <div className="field">
          <label htmlFor={linkId}>
            <strong>Invite link</strong>
          </label>
          <input
            id={linkId}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className="secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(link);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy link"}
          </button>
        </div>
      ) : null}
      <p>
        <button type="submit" disabled={pending} onClick={() => setCopied(false)}>
          {pending ? "Making a link…" : "Make an invite link"}
        </button>
      </p>
    </form>
  );
}
