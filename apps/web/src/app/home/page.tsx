import { studyStreak } from "@quizdeck/core/progress";
import { zonedDayKey } from "@quizdeck/core/time";
import { getDb } from "@quizdeck/db";
import { listStudentAssignments } from "@quizdeck/db/assignment";
import { listRecentAttempts } from "@quizdeck/db/attempt";
import { listStudentClasses } from "@quizdeck/db/class";
import { getDueQueue } from "@quizdeck/db/memory";
import { getActiveDays } from "@quizdeck/db/progress";
import type { Metadata } from "next";
import Link from "next/link";
import { RetentionGoals } from "@/components/flashcards/retention-goals";
import { AssignmentStatusBadge } from "@/components/student/assignment-status-badge";
import { JoinClassForm } from "@/components/student/join-class-form";
import { formatDateTime, formatPercent, formatRelative } from "@/lib/format";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser("/home", "student");
  const db = getDb();
  const timeZone = await getTimeZone();
  const now = new Date();
  const [assignments, queue, attempts, activeDays, classes] = await Promise.all([
    listStudentAssignments(db, { studentId: user.id, now }),
    getDueQueue(db, { userId: user.id, now }),
    listRecentAttempts(db, { userId: user.id, limit: 5, now }),
    getActiveDays(db, { userId: user.id, timeZone, now }),
    listStudentClasses(db, { studentId: user.id }),
  ]);
  const streak = studyStreak(activeDays, zonedDayKey(now, timeZone));
  const current = assignments.filter((assignment) =>
    ["in-progress", "not-started", "upcoming"].includes(assignment.status),
  );
  const cardsToday = queue.due.length + queue.newCardIds.length;
  // Someone who has never answered, reviewed or started anything is new here, not back.
  const returning = activeDays.size > 0 || attempts.open.length > 0 || attempts.finished.length > 0;

  return (
    <div className="stack">
      <h1>
        {returning ? "Welcome back" : "Welcome"}, {user.name}
      </h1>
      <p>
        <strong>Study streak: {streak === 1 ? "1 day" : `${streak} days`}</strong>
        {streak === 0 ? " — answer a question or review a card today to start one." : null}
      </p>

      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Assignments</h2>
        {classes.length === 0 ? (
          <p className="notice">
            You are not in a class yet. Join one with the code your teacher gives you (below).
          </p>
        ) : current.length === 0 ? (
          <p>No assignments are due. Nice work — practise or review cards below.</p>
        ) : (
          <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
            {current.map((assignment) => (
              <li key={assignment.id} className="card stack">
                <h3 style={{ margin: 0 }}>
                  <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
                </h3>
                <p className="muted" style={{ margin: 0 }}>
                  {assignment.class.name}
                </p>
                <AssignmentStatusBadge status={assignment.status} />
                {assignment.dueAt ? (
                  <p style={{ margin: 0 }}>
                    Due {formatDateTime(assignment.dueAt, timeZone)} (
                    {formatRelative(assignment.dueAt, now)})
                  </p>
                ) : (
                  <p style={{ margin: 0 }}>No due date</p>
                )}
                {assignment.bestScore !== null ? (
                  <p style={{ margin: 0 }}>Best score {formatPercent(assignment.bestScore)}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <RetentionGoals student={user} timeZone={timeZone} />

      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">Flashcards</h2>
        {cardsToday === 0 ? (
          <p>
            Nothing due right now. Your memory model will bring cards back when they are worth
            reviewing.
          </p>
        ) : (
          <p>
            {queue.due.length} {queue.due.length === 1 ? "card is" : "cards are"} due and{" "}
            {queue.newCardIds.length} new {queue.newCardIds.length === 1 ? "card is" : "cards are"}{" "}
            ready today.{" "}
            <Link className="button" href="/flashcards">
              Review flashcards
            </Link>
          </p>
        )}
      </section>

      {attempts.open.length > 0 ? (
        <section aria-labelledby="continue-heading">
          <h2 id="continue-heading">Continue where you left off</h2>
          <ul>
            {attempts.open.map((attempt) => (
              <li key={attempt.id}>
                <Link href={`/attempts/${attempt.id}`}>
                  {attempt.assignment?.title ?? "Practice quiz"}: {attempt._count.responses} of{" "}
                  {attempt.questionIds.length} answered
                </Link>{" "}
                <span className="muted">started {formatRelative(attempt.startedAt, now)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="results-heading">
        <h2 id="results-heading">Recent results</h2>
        {attempts.finished.length === 0 ? (
          <p>
            No results yet. <Link href="/practice">Take a practice quiz</Link> to see how you do.
          </p>
        ) : (
          <ul>
            {attempts.finished.map((attempt) => (
              <li key={attempt.id}>
                <Link href={`/attempts/${attempt.id}/results`}>
                  {attempt.assignment?.title ?? "Practice quiz"}:{" "}
                  {attempt.score === null ? "score not shown yet" : formatPercent(attempt.score)}
                </Link>{" "}
                <span className="muted">
                  {attempt.submittedAt ? formatDateTime(attempt.submittedAt, timeZone) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="join-heading">
        <h2 id="join-heading">Join a class</h2>
        {classes.length > 0 ? (
          <p className="muted">
            You are in {classes.map((klass) => `${klass.name} (${klass.teacherName})`).join(", ")}.
          </p>
        ) : null}
        <JoinClassForm />
      </section>
    </div>
  );
}
