import { bank } from "@quizdeck/content/bank";
import { TAGS } from "@quizdeck/content/tags";
import { instantToZonedLocal } from "@quizdeck/core/time";
import { getDb } from "@quizdeck/db";
import { listLibrarySets } from "@quizdeck/db/library";
import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentForm } from "@/components/teacher/assignment-form";
import { requireUser } from "@/lib/session";
import { loadOwnClass } from "@/lib/teacher/load-own-class";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Assign a question set" };

export default async function NewAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ librarySet?: string }>;
}) {
  const { classId } = await params;
  const { librarySet } = await searchParams;
  const teacher = await requireUser(`/teach/classes/${classId}/assignments/new`, "teacher");
  const { class: klass } = await loadOwnClass(teacher.id, classId);
  const [timeZone, librarySets] = await Promise.all([
    getTimeZone(),
    listLibrarySets(getDb(), { teacherId: teacher.id }),
  ]);
  const now = new Date();
  const inAWeek = new Date(now.getTime() + 7 * 86_400_000);

  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href={`/teach/classes/${klass.id}`}>← {klass.name}</Link>
      </p>
      <h1>Assign to {klass.name}</h1>
      {klass.archivedAt ? (
        <p className="notice">This class is archived. Restore it before assigning work.</p>
      ) : (
        <AssignmentForm
          mode="create"
          classId={klass.id}
          timeZone={timeZone}
          sets={bank.sets.map((set) => ({
            id: set.id,
            title: set.title,
            questionCount: set.questionIds.length,
            flashcardCount: set.flashcardIds.length,
          }))}
          librarySets={librarySets}
          librarySetId={librarySets.find((set) => set.id === librarySet)?.id}
          questions={bank.questions.map((question) => ({
            id: question.id,
            prompt: question.prompt,
            type: question.type,
            difficulty: question.difficulty,
            tags: question.tags,
            paragraphIds: [...new Set(question.evidence.map((evidence) => evidence.paragraphId))],
          }))}
          tags={Object.entries(TAGS).map(([id, tag]) => ({ id, label: tag.label }))}
          initial={{
            title: "",
            opensAt: instantToZonedLocal(now, timeZone),
            dueAt: instantToZonedLocal(inAWeek, timeZone),
            attemptsAllowed: "",
            timeLimitMinutes: "",
            shuffleQuestions: false,
            shuffleOptions: true,
            allowLate: false,
            // Answers after the due date by default: a graded assignment's key stays closed until then.
            answerRelease: "after_due",
            answersReleaseAt: "",
            scoreRelease: "after_each_attempt",
            scoreReleaseAt: "",
            retentionPercent: "",
            retentionUntil: "",
          }}
        />
      )}
    </div>
  );
}
