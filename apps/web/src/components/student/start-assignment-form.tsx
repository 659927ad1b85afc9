"use client";

import { startAssignmentAction } from "@/lib/actions/attempt-actions";
import { ActionButton } from "../forms/action-button";

export function StartAssignmentForm({
  assignmentId,
  label,
}: {
  assignmentId: string;
  label: string;
}) {
  return (
    <ActionButton
      action={startAssignmentAction}
      fields={{ assignmentId }}
      label={label}
      pendingLabel="Opening…"
    />
  );
}
