import { bank } from "@quizdeck/content/bank";
import { itemAnalysis } from "@quizdeck/core/analysis";
import { retentionGoalProgress } from "@quizdeck/core/class-memory";
import { instantToZonedLocal } from "@quizdeck/core/time";
import { getDb } from "@quizdeck/db";
import { getAssignmentResults, listAccommodations } from "@quizdeck/db/assignment";
import { getTeacherClass } from "@quizdeck/db/class";
import { getClassMemories } from "@quizdeck/db/progress";
import type { Metadata } from "next";
import Link from "next/link";
import { paragraphNumber } from "@/components/article/deep-link";
import { ActionButton } from "@/components/forms/action-button";
import { AccommodationsSection } from "@/components/teacher/accommodations-section";
import { AssignmentForm } from "@/components/teacher/assignment-form";
import { ItemAnalysisTable } from "@/components/teacher/item-analysis-table";
import { setAssignmentClosedAction } from "@/lib/actions/assignment-actions";
import { formatDateTime, formatPercent } from "@/lib/format";
import { orNotFound } from "@/lib/or-not-found";
import { requireUser } from "@/lib/session";
import { analysisQuestions, versionLabel } from "@/lib/teacher/analysis-questions";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Assignment results" };

export default async function TeacherAssignmentPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  const teacher = await requireUser(`/teach/assignments/${assignmentId}`, "teacher");
  const db = getDb();
  const results = await orNotFound(
    getAssignmentResults(db, { teacherId: teacher.id, assignmentId }),
  );
  const { assignment } = results;
  const timeZone = await getTimeZone();
  const { questions } = results;
  const [accommodations, klass] = await Promise.all([
    listAccommodations(db, { teacherId: teacher.id, assignmentId }),
    getTeacherClass(db, { teacherId: teacher.id, classId: assignment.classId }),
  ]);
  const analysis = itemAnalysis(analysisQuestions(questions, results.versions), results.attempts);
  // A teacher's own question says which version the assignment holds.
  const promptOf = new Map(
    questions.map((question) => {
      const version = results.versions.get(question.id);
      return [
        question.id,
        version ? `${question.prompt} (${versionLabel(version)})` : question.prompt,
      ];
    }),
  );

  const goal =
    assignment.retentionTarget !== null &&
    assignment.retentionUntil !== null &&
    assignment.flashcardIds.length > 0
      ? await (async () => {
          const memories = await getClassMemories(db, {
            teacherId: teacher.id,
            classId: assignment.classId,
          });
          return retentionGoalProgress({
            students: memories.students.map(({ id, name, scheduling }) => ({
              id,
              name,
              scheduling,
            })),
            cardIds: assignment.flashcardIds,
            memories: new Map(memories.students.map((student) => [student.id, student.memories])),
            recalled: new Map(memories.students.map((student) => [student.id, student.recalled])),
            target: assignment.retentionTarget as number,
            until: assignment.retentionUntil as Date,
            at: new Date(),
          });
        })()
      : null;

  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href={`/teach/classes/${assignment.classId}`}>← {assignment.class.name}</Link>
      </p>
      <h1>{assignment.title}</h1>
      <p>
        {assignment.questionIds.length} questions, {assignment.flashcardIds.length} flashcards ·{" "}
        {assignment.dueAt ? `due ${formatDateTime(assignment.dueAt, timeZone)}` : "no due date"} ·{" "}
        {assignment.closedAt ? <strong>closed</strong> : "open"}
      </p>
      <ActionButton
        action={setAssignmentClosedAction}
        fields={{ assignmentId: assignment.id, closed: assignment.closedAt ? "false" : "true" }}
        label={assignment.closedAt ? "Reopen assignment" : "Close assignment"}
        className="secondary"
      />

      <AccommodationsSection
        assignmentId={assignment.id}
        accommodations={accommodations}
        students={klass.roster.map((enrollment) => enrollment.student)}
        timeZone={timeZone}
      />

      <section aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">Item analysis</h2>
        {analysis.students === 0 ? (
          <p className="notice">
            No submitted attempts yet. Item analysis appears when students submit.
          </p>
        ) : (
          <>
            <ItemAnalysisTable analysis={analysis} promptOf={promptOf} />
            <h3>Which parts of the article the class misreads</h3>
            <p>
              The class's mean score on the questions drawn from each paragraph, lowest first.{" "}
              <Link href={`/article?assignment=${assignment.id}`}>
                Read the article with the class's accuracy in the margin
              </Link>
              .
            </p>
            <ul>
              {[...analysis.paragraphAccuracy]
                .filter((paragraph) => paragraph.meanScore !== null)
                .sort((a, b) => (a.meanScore ?? 0) - (b.meanScore ?? 0))
                .map((paragraph) => (
                  <li key={paragraph.paragraphId}>
                    <Link
                      href={`/article?assignment=${assignment.id}&p=${paragraph.paragraphId}#${paragraph.paragraphId}`}
                    >
                      Paragraph {paragraphNumber(paragraph.paragraphId)}
                    </Link>
                    : {formatPercent(paragraph.meanScore)} over {paragraph.questionIds.length}{" "}
                    {paragraph.questionIds.length === 1 ? "question" : "questions"}
                  </li>
                ))}
            </ul>
          </>
        )}
      </section>

      {goal ? (
        <section aria-labelledby="goal-heading">
          <h2 id="goal-heading">Retention goal</h2>
          <p>
            Keep at least {formatPercent(goal.target)} predicted recall of {goal.cards} flashcards
            until {formatDateTime(goal.until, timeZone)}: {goal.onTrack} on track, {goal.atRisk} at
            risk, {goal.behind} behind.
          </p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Retention goal by student</caption>
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Recall now</th>
                  <th scope="col">Recall at goal date, if no more reviews</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {goal.students.map((student) => (
                  <tr key={student.studentId}>
                    <td>{student.name}</td>
                    <td>{formatPercent(student.recallNow)}</td>
                    <td>{formatPercent(student.recallAtGoalDate)}</td>
                    <td>{student.status.replace("-", " ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <AssignmentForm
          mode="edit"
          assignmentId={assignment.id}
          started={results.startedCount > 0}
          timeZone={timeZone}
          initial={{
            title: assignment.title,
            opensAt: instantToZonedLocal(assignment.opensAt, timeZone),
            dueAt: assignment.dueAt ? instantToZonedLocal(assignment.dueAt, timeZone) : "",
            attemptsAllowed: assignment.attemptsAllowed?.toString() ?? "",
            timeLimitMinutes: assignment.timeLimitSeconds
              ? String(Math.round(assignment.timeLimitSeconds / 60))
              : "",
            shuffleQuestions: assignment.shuffleQuestions,
            shuffleOptions: assignment.shuffleOptions,
            allowLate: assignment.allowLate,
            answerRelease: assignment.answerRelease,
            answersReleaseAt: assignment.answersReleaseAt
              ? instantToZonedLocal(assignment.answersReleaseAt, timeZone)
              : "",
            scoreRelease: assignment.scoreRelease,
            scoreReleaseAt: assignment.scoreReleaseAt
              ? instantToZonedLocal(assignment.scoreReleaseAt, timeZone)
              : "",
            retentionPercent: assignment.retentionTarget
              ? String(Math.round(assignment.retentionTarget * 100))
              : "",
            retentionUntil: assignment.retentionUntil
              ? instantToZonedLocal(assignment.retentionUntil, timeZone)
              : "",
          }}
        />
        {assignment.librarySetId ? (
          <p className="muted">
            Questions come from{" "}
            <Link href={`/teach/library/sets/${assignment.librarySetId}`}>one of your sets</Link> as
            it was when assigned; to change them, create a new assignment.
          </p>
        ) : null}
        {assignment.setId ? (
          <p className="muted">
            Items come from the set “
            {bank.sets.find((set) => set.id === assignment.setId)?.title ?? assignment.setId}” as it
            was when assigned; to change them, create a new assignment.
          </p>
        ) : null}
      </section>
    </div>
  );
}
