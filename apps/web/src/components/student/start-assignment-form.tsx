"use client";

import { useActionState } from "react";
import { startAssignmentAction } from "@/lib/actions/student-actions";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { FormMessage } from "../forms/form-message";

export function StartAssignmentForm({
  assignmentId,
  label,
}: {
  assignmentId: string;
  label: string;
}) {
  const [state, action, pending] = useActionState(startAssignmentAction, EMPTY_FORM_STATE);
  return (
    <form action={action} aria-describedby={`start-${assignmentId}-message`}>
      <FormMessage state={state} id={`start-${assignmentId}-message`} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" disabled={pending}>
        {pending ? "Opening…" : label}
      </button>
    </form>
  );
}
