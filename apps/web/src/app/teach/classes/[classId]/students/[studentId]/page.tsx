import { getDb } from "@quizdeck/db";
import { getClassStudent } from "@quizdeck/db/class";
import { getClassGradebook } from "@quizdeck/db/gradebook";
import { getProgressSeries, getTopicMastery, PROGRESS_POLICY } from "@quizdeck/db/progress";
import type { Metadata } from "next";
import Link from "next/link";
import { MasteryExplanation } from "@/components/progress/mastery-explanation";
import {
  DailyAccuracyChart,
  MasteryChart,
  WeeklyAccuracyChart,
} from "@/components/progress/progress-charts";
import { formatDate, formatPercent } from "@/lib/format";
import { orNotFound } from "@/lib/or-not-found";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Student progress" };

/** A teacher's drill-down into one student of their class: grades and progress over time. */
export default async function StudentDrillDownPage({
  params,
}: {
  params: Promise<{ classId: string; studentId: string }>;
}) {
  const { classId, studentId } = await params;
  const teacher = await requireUser(`/teach/classes/${classId}/students/${studentId}`, "teacher");
  const db = getDb();
  const member = await orNotFound(
    getClassStudent(db, { teacherId: teacher.id, classId, studentId }),
  );
  const timeZone = await getTimeZone();
  const now = new Date();
  const [series, mastery, book] = await Promise.all([
    getProgressSeries(db, {
      userId: studentId,
      timeZone,
      days: PROGRESS_POLICY.seriesDays,
      teacherView: { teacherId: teacher.id, classId },
      now,
    }),
    getTopicMastery(db, {
      userId: studentId,
      teacherView: { teacherId: teacher.id, classId },
      now,
    }),
    getClassGradebook(db, { teacherId: teacher.id, classId }),
  ]);
  const row = book.rows.find((candidate) => candidate.student.id === studentId);
  const topics = mastery.tags.filter((tag) => tag.kind === "topic");

  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href={`/teach/classes/${classId}/gradebook`}>← Gradebook of {member.class.name}</Link>
      </p>
      <h1>{member.student.name}</h1>
      <p className="muted">
        {member.student.email} · joined {formatDate(member.joinedAt, timeZone)}
      </p>
      <section aria-labelledby="grades-heading">
        <h2 id="grades-heading">Assignments</h2>
        {book.assignments.length === 0 ? (
          <p>No assignments yet.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Assignments of {member.student.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Assignment</th>
                  <th scope="col">Best</th>
                  <th scope="col">Last</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Late</th>
                </tr>
              </thead>
              <tbody>
                {book.assignments.map((assignment) => {
                  const cell = row?.cells[assignment.id];
                  return (
                    <tr key={assignment.id}>
                      <td>
                        <Link href={`/teach/assignments/${assignment.id}`}>{assignment.title}</Link>
                      </td>
                      <td>{formatPercent(cell?.best)}</td>
                      <td>{formatPercent(cell?.last)}</td>
                      <td>{cell?.attempts ?? 0}</td>
                      <td>{cell?.late ? "yes" : "no"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="over-time-heading">
        <h2 id="over-time-heading">Progress over time</h2>
        {series.days.some((day) => day.answers > 0) ? (
          <>
            <DailyAccuracyChart days={series.days} />
            <WeeklyAccuracyChart weeks={series.weeks} days={series.days} />
          </>
        ) : (
          <p>
            {series.firstActiveDay === null
              ? "No answers or card reviews yet."
              : "No answers in the last 8 weeks."}
          </p>
        )}
      </section>
      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Mastery by topic</h2>
        {topics.some((topic) => topic.met > 0) ? (
          <>
            <MasteryExplanation horizonDays={mastery.horizonDays} learner={member.student.name} />
            <MasteryChart id="student-mastery" title="Topics" rows={topics} />
          </>
        ) : (
          <p>Nothing met yet.</p>
        )}
      </section>
    </div>
  );
}
