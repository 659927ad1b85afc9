import type { StudentAssignmentStatus } from "@quizdeck/db/assignment";

const LABELS: Record<StudentAssignmentStatus, string> = {
  upcoming: "Not open yet",
  "not-started": "Not started",
  "in-progress": "In progress",
  submitted: "Submitted",
  missed: "Missed",
  closed: "Closed",
};

export function AssignmentStatusBadge({ status }: { status: StudentAssignmentStatus }) {
  return (
    <p style={{ margin: 0 }}>
      Status: <strong>{LABELS[status]}</strong>
    </p>
  );
}
