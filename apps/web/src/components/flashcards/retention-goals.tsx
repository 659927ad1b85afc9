import { retentionGoalProgress } from "@quizdeck/core/class-memory";
import { getDb } from "@quizdeck/db";
import { listRetentionGoals } from "@quizdeck/db/memory";
import Link from "next/link";
import { formatDateTime, formatPercent } from "@/lib/format";

const STATUS_TEXT = {
  "on-track": "on track",
  "at-risk": "at risk: your recall will drop below the goal without more reviews",
  behind: "behind: review these cards to reach the goal",
} as const;

/** The retention goals a student's teachers set, with where the student stands on each. */
export async function RetentionGoals({
  student,
  timeZone,
}: {
  student: { id: string; name: string };
  timeZone: string;
}) {
  const now = new Date();
  const { goals, scheduling } = await listRetentionGoals(getDb(), { studentId: student.id, now });
  if (goals.length === 0) return null;
  return (
    <section aria-labelledby="goals-heading" className="card stack">
      <h2 id="goals-heading" style={{ marginTop: 0 }}>
        Goals from your teachers
      </h2>
      <ul style={{ margin: 0 }}>
        {goals.map((goal) => {
          const progress = retentionGoalProgress({
            students: [{ ...student, scheduling }],
            cardIds: goal.cardIds,
            memories: new Map([[student.id, goal.memories]]),
            recalled: new Map([[student.id, goal.recalled]]),
            target: goal.target,
            until: goal.until,
            at: now,
          });
          const mine = progress.students[0];
          return (
            <li key={goal.assignmentId}>
              Keep at least {formatPercent(goal.target)} predicted recall of the{" "}
              {goal.cardIds.length} cards of “{goal.title}” ({goal.className}) until{" "}
              {formatDateTime(goal.until, timeZone)}. You are at{" "}
              {formatPercent(mine?.recallNow ?? 0)} now —{" "}
              {mine ? STATUS_TEXT[mine.status] : STATUS_TEXT.behind}.{" "}
              {goal.setId ? (
                <Link href={`/flashcards?set=${goal.setId}`}>Review these cards</Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
