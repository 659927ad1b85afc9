import { bank } from "@quizdeck/content/bank";
import { TAGS, type TagId } from "@quizdeck/content/tags";
import { classRecallByTag } from "@quizdeck/core/class-memory";
import { getDb } from "@quizdeck/db";
import { getClassModelReport } from "@quizdeck/db/fitting";
import { getClassMemories, PROGRESS_POLICY } from "@quizdeck/db/progress";
import type { Metadata } from "next";
import Link from "next/link";
import { ClassModelSection } from "@/components/teacher/class-model-section";
import { formatPercent } from "@/lib/format";
import { orNotFound } from "@/lib/or-not-found";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Class memory" };

export default async function ClassMemoryPage({
  params,
}: {
  params: Promise<{ classId: string }>;
}) {
  const { classId } = await params;
  const teacher = await requireUser(`/teach/classes/${classId}/memory`, "teacher");
  const db = getDb();
  const [memories, report, timeZone] = await Promise.all([
    orNotFound(getClassMemories(db, { teacherId: teacher.id, classId })),
    orNotFound(getClassModelReport(db, { teacherId: teacher.id, classId })),
    getTimeZone(),
  ]);
  const items = [
    ...bank.questions.map((question) => ({ itemId: question.id, tags: question.tags })),
    ...bank.flashcards.map((card) => ({ itemId: card.id, tags: card.tags })),
    ...memories.libraryCards,
  ];
  const tags = classRecallByTag({
    students: memories.students.map(({ id, name, scheduling }) => ({ id, name, scheduling })),
    items,
    memories: new Map(memories.students.map((student) => [student.id, student.memories])),
    recalled: new Map(memories.students.map((student) => [student.id, student.recalled])),
    at: new Date(),
    horizonDays: PROGRESS_POLICY.masteryHorizonDays,
  })
    .filter((tag) => TAGS[tag.tag as TagId]?.kind === "topic")
    .sort((a, b) => (a.classRecall ?? 0) - (b.classRecall ?? 0));

  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href={`/teach/classes/${classId}`}>← {memories.class.name}</Link>
      </p>
      <h1>Class memory: {memories.class.name}</h1>
      <p>
        For each topic, the share of the class predicted to still recall it{" "}
        <strong>a week from now</strong> if nobody studies it again. For each student it is the mean
        chance, by their memory model, of recalling each question and card of the topic they have
        studied; an item they have never got right counts as 0, and a student who has studied none
        of the topic counts as 0. The class value is the mean over the students. Weakest topics
        first. A student is <strong>falling behind</strong> below 70% or when they have not started
        the topic.
      </p>
      {memories.students.length === 0 ? (
        <p className="notice">No students in this class yet.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Predicted class recall per topic</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col">Predicted recall in a week</th>
                <th scope="col">Falling behind</th>
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => {
                const behind = tag.students.filter((student) => student.fallingBehind);
                return (
                  <tr key={tag.tag}>
                    <th scope="row">{TAGS[tag.tag as TagId]?.label ?? tag.tag}</th>
                    <td>{formatPercent(tag.classRecall)}</td>
                    <td>
                      {behind.length === 0
                        ? "nobody"
                        : behind
                            .map(
                              (student) =>
                                `${student.name} (${student.notStarted ? "not started" : formatPercent(student.recall)})`,
                            )
                            .join(", ")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ClassModelSection report={report} timeZone={timeZone} />
    </div>
  );
}
