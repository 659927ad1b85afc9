import { getDb } from "@quizdeck/db";
import { getStudentAssignment } from "@quizdeck/db/assignment";
import type { Metadata } from "next";
import Link from "next/link";
import { StartAssignmentForm } from "@/components/student/start-assignment-form";
import { answersShownText, scoreShownText } from "@/lib/assignments/release-text";
import { formatDateTime, formatPercent } from "@/lib/format";
import { orNotFound } from "@/lib/or-not-found";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  const user = await requireUser(`/assignments/${assignmentId}`, "student");
  const timeZone = await getTimeZone();
  const now = new Date();
  const assignment = await orNotFound(
    getStudentAssignment(getDb(), { studentId: user.id, assignmentId }),
  );

  const open = assignment.attempts.find(
    (attempt) => attempt.submittedAt === null && (!attempt.deadlineAt || attempt.deadlineAt > now),
  );
  const submitted = assignment.attempts.filter((attempt) => attempt.submittedAt !== null);
  const used = assignment.attempts.length;
  const noneLeft =
    assignment.attemptsAllowed !== null && used >= assignment.attemptsAllowed && !open;
  const notOpen = now < assignment.opensAt;
  const closed = assignment.closedAt !== null || assignment.class.archivedAt !== null;
  const pastDueStrict =
    assignment.dueAt !== null && now > assignment.dueAt && !assignment.allowLate;

  return (
    <div className="stack">
      <p className="muted" style={{ margin: 0 }}>
        {assignment.class.name}
      </p>
      <h1>{assignment.title}</h1>
      <dl
        className="card"
        style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "0.3rem 1rem" }}
      >
        <dt>Opens</dt>
        <dd style={{ margin: 0 }}>{formatDateTime(assignment.opensAt, timeZone)}</dd>
        <dt>Due</dt>
        <dd style={{ margin: 0 }}>
          {assignment.dueAt ? formatDateTime(assignment.dueAt, timeZone) : "No due date"}
          {assignment.dueAt
            ? assignment.allowLate
              ? " (late work accepted, marked late)"
              : " (no late work)"
            : null}
        </dd>
        <dt>Questions</dt>
        <dd style={{ margin: 0 }}>{assignment.questionIds.length}</dd>
        {assignment.flashcardIds.length > 0 ? (
          <>
            <dt>Flashcards</dt>
            <dd style={{ margin: 0 }}>
              {assignment.flashcardIds.length}
              {assignment.retentionTarget && assignment.retentionUntil
                ? ` — goal: keep at least ${formatPercent(assignment.retentionTarget)} predicted recall until ${formatDateTime(assignment.retentionUntil, timeZone)}`
                : null}
            </dd>
          </>
        ) : null}
        <dt>Attempts</dt>
        <dd style={{ margin: 0 }}>
          {used} used of {assignment.attemptsAllowed ?? "unlimited"}
        </dd>
        <dt>Time limit</dt>
        <dd style={{ margin: 0 }}>
          {assignment.timeLimitSeconds
            ? `${Math.round(assignment.timeLimitSeconds / 60)} minutes once started`
            : "None"}
        </dd>
        <dt>Answers</dt>
        <dd style={{ margin: 0 }}>{answersShownText(assignment.release, timeZone)}</dd>
        <dt>Score</dt>
        <dd style={{ margin: 0 }}>{scoreShownText(assignment.release, timeZone)}</dd>
      </dl>
      {assignment.accommodated ? (
        <p className="notice">
          Your teacher has adjusted this assignment for you: the due time, attempts and time limit
          above are yours.
        </p>
      ) : null}

      {assignment.questionIds.length === 0 ? (
        <p>
          This assignment is flashcards only. <Link href="/flashcards">Review your flashcards</Link>
          .
        </p>
      ) : open ? (
        <StartAssignmentForm assignmentId={assignment.id} label="Continue attempt" />
      ) : closed ? (
        <p className="notice">This assignment is closed.</p>
      ) : notOpen ? (
        <p className="notice">
          This assignment opens {formatDateTime(assignment.opensAt, timeZone)}.
        </p>
      ) : pastDueStrict ? (
        <p className="notice">
          The due time has passed and this assignment does not accept late work.
        </p>
      ) : noneLeft ? (
        <p className="notice">You have used all your attempts.</p>
      ) : (
        <StartAssignmentForm
          assignmentId={assignment.id}
          label={used === 0 ? "Start assignment" : "Start another attempt"}
        />
      )}

      <h2>Your attempts</h2>
      {submitted.length === 0 ? (
        <p>No submitted attempts yet.</p>
      ) : (
        <ul>
          {submitted.map((attempt, index) => (
            <li key={attempt.id}>
              <Link href={`/attempts/${attempt.id}/results`}>
                Attempt {submitted.length - index}:{" "}
                {attempt.score === null ? "score not shown yet" : formatPercent(attempt.score)}
              </Link>{" "}
              <span className="muted">
                submitted {attempt.submittedAt ? formatDateTime(attempt.submittedAt, timeZone) : ""}
                {attempt.late ? " — late" : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
