import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { RenameClassForm } from "@/components/teacher/rename-class-form";
import {
  archiveClassAction,
  rotateJoinCodeAction,
  setStudentRemovedAction,
} from "@/lib/actions/class-actions";
import { formatDate, formatDateTime } from "@/lib/format";
import { requestShareableOrigin } from "@/lib/links/request-origin";
import { requireUser } from "@/lib/session";
import { loadOwnClass } from "@/lib/teacher/load-own-class";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const teacher = await requireUser(`/teach/classes/${classId}`, "teacher");
  const { class: klass, roster, removed, assignments } = await loadOwnClass(teacher.id, classId);
  const timeZone = await getTimeZone();
  const joinLink = `${await requestShareableOrigin()}/classes/join?code=${klass.joinCode}`;
  const archived = klass.archivedAt !== null;

  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href="/teach">← All classes</Link>
      </p>
      <h1>{klass.name}</h1>
      {archived ? (
        <p className="notice">
          This class is archived: students cannot join it or start its assignments, and it is hidden
          from them.
        </p>
      ) : null}
      <section aria-labelledby="join-heading" className="card stack">
        <h2 id="join-heading" style={{ marginTop: 0 }}>
          Students join with
        </h2>
        <p style={{ margin: 0 }}>
          Join code:{" "}
          <strong style={{ fontSize: "1.3rem", letterSpacing: "0.1em" }}>{klass.joinCode}</strong>
        </p>
        <p style={{ margin: 0, overflowWrap: "anywhere" }}>
          Join link: <a href={joinLink}>{joinLink}</a>
        </p>
        <ActionButton
          action={rotateJoinCodeAction}
          fields={{ classId: klass.id }}
          label="New code and link"
          pendingLabel="Making a new code…"
          className="secondary"
        />
        <p className="muted" style={{ margin: 0 }}>
          If the code got out, a new one stops the old code and link from working. Students already
          in the class stay in it.
        </p>
      </section>

      <nav aria-label="Class views">
        <ul
          style={{
            display: "flex",
            flexWrap: "wrap",
            gap: "0.5rem 1.5rem",
            listStyle: "none",
            padding: 0,
          }}
        >
          <li>
            <Link href={`/teach/classes/${klass.id}/gradebook`}>Gradebook</Link>
          </li>
          <li>
            <Link href={`/teach/classes/${klass.id}/memory`}>Class memory</Link>
          </li>
          {!archived ? (
            <li>
              <Link href={`/teach/classes/${klass.id}/assignments/new`}>Assign a question set</Link>
            </li>
          ) : null}
        </ul>
      </nav>

      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assignments</h2>
        {assignments.length === 0 ? (
          <p>No assignments yet.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Assignments of {klass.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Opens</th>
                  <th scope="col">Due</th>
                  <th scope="col">Submitted attempts</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {assignments.map((assignment) => (
                  <tr key={assignment.id}>
                    <td>
                      <Link href={`/teach/assignments/${assignment.id}`}>{assignment.title}</Link>
                    </td>
                    <td>{formatDateTime(assignment.opensAt, timeZone)}</td>
                    <td>{assignment.dueAt ? formatDateTime(assignment.dueAt, timeZone) : "—"}</td>
                    <td>{assignment.submittedCount}</td>
                    <td>{assignment.closedAt ? "Closed" : "Open"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">Roster ({roster.length})</h2>
        {roster.length === 0 ? (
          <p>No students yet. Share the join code or link above.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Students in {klass.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Email</th>
                  <th scope="col">Joined</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {roster.map((enrollment) => (
                  <tr key={enrollment.id}>
                    <td>
                      <Link href={`/teach/classes/${klass.id}/students/${enrollment.studentId}`}>
                        {enrollment.student.name}
                      </Link>
                    </td>
                    <td>{enrollment.student.email}</td>
                    <td>{formatDate(enrollment.joinedAt, timeZone)}</td>
                    <td>
                      <ActionButton
                        action={setStudentRemovedAction}
                        fields={{
                          classId: klass.id,
                          studentId: enrollment.studentId,
                          removed: "true",
                        }}
                        label="Remove"
                        accessibleLabel={`Remove ${enrollment.student.name}`}
                        className="secondary"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {removed.length > 0 ? (
          <details>
            <summary>Removed students ({removed.length})</summary>
            <p className="muted">
              Their work is kept but hidden from the class views. They cannot rejoin on their own.
            </p>
            <ul>
              {removed.map((enrollment) => (
                <li key={enrollment.id}>
                  {enrollment.student.name}{" "}
                  <ActionButton
                    action={setStudentRemovedAction}
                    fields={{
                      classId: klass.id,
                      studentId: enrollment.studentId,
                      removed: "false",
                    }}
                    label="Add back"
                    accessibleLabel={`Add ${enrollment.student.name} back`}
                    className="secondary"
                    inline
                  />
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Class settings</h2>
        <RenameClassForm classId={klass.id} name={klass.name} />
        <div style={{ marginTop: "1rem" }}>
          <ActionButton
            action={archiveClassAction}
            fields={{ classId: klass.id, archived: archived ? "false" : "true" }}
            label={archived ? "Restore class" : "Archive class"}
            className="secondary"
          />
        </div>
      </section>
    </div>
  );
}
