import { getDb } from "@quizdeck/db";
import { listTeacherClasses } from "@quizdeck/db/class";
import { listTeacherInvites } from "@quizdeck/db/user";
import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/teacher/create-class-form";
import { TeacherInvites } from "@/components/teacher/teacher-invites";
import { env } from "@/env";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Your classes" };

export default async function TeachPage() {
  const teacher = await requireUser("/teach", "teacher");
  const [classes, invites, timeZone] = await Promise.all([
    listTeacherClasses(getDb(), { teacherId: teacher.id }),
    env.teacherSignup === "invite" ? listTeacherInvites(getDb(), { teacherId: teacher.id }) : [],
    getTimeZone(),
  ]);
  const active = classes.filter((klass) => klass.archivedAt === null);
  const archived = classes.filter((klass) => klass.archivedAt !== null);
  return (
    <div className="stack">
      <h1>Your classes</h1>
      {teacher.admin ? <p className="muted">You are the administrator of this site.</p> : null}
      {active.length === 0 ? (
        <p className="notice">
          You have no active classes yet. Create one below and share its join code.
        </p>
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
          {active.map((klass) => (
            <li key={klass.id} className="card stack">
              <h2 style={{ margin: 0, fontSize: "1.15rem" }}>
                <Link href={`/teach/classes/${klass.id}`}>{klass.name}</Link>
              </h2>
              <p style={{ margin: 0 }}>
                {klass.studentCount} {klass.studentCount === 1 ? "student" : "students"} ·{" "}
                {klass.assignmentCount} {klass.assignmentCount === 1 ? "assignment" : "assignments"}
              </p>
              <p style={{ margin: 0 }}>
                Join code <strong>{klass.joinCode}</strong>
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">Create a class</h2>
        <CreateClassForm />
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="archived-heading">
          <h2 id="archived-heading">Archived classes</h2>
          <ul>
            {archived.map((klass) => (
              <li key={klass.id}>
                <Link href={`/teach/classes/${klass.id}`}>{klass.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TeacherInvites policy={env.teacherSignup} invites={invites} timeZone={timeZone} />
      <p>
        <Link href="/teach/export">Export question sets and flashcards</Link> for Moodle or Anki.
      </p>
    </div>
  );
}
