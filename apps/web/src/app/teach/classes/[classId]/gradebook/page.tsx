import { getDb } from "@quizdeck/db";
import { getClassGradebook } from "@quizdeck/db/gradebook";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime, formatPercent } from "@/lib/format";
import { orNotFound } from "@/lib/or-not-found";
import { requireUser } from "@/lib/session";
import { accommodationText } from "@/lib/teacher/accommodation-text";
import { type GradebookSortDirection, sortGradebookRows } from "@/lib/teacher/sort-gradebook";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Gradebook" };

export default async function GradebookPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ sort?: string; dir?: string }>;
}) {
  const { classId } = await params;
  const { sort = "name", dir } = await searchParams;
  const teacher = await requireUser(`/teach/classes/${classId}/gradebook`, "teacher");
  const book = await orNotFound(getClassGradebook(getDb(), { teacherId: teacher.id, classId }));
  const timeZone = await getTimeZone();
  const key = sort === "name" || book.assignments.some((a) => a.id === sort) ? sort : "name";
  const direction: GradebookSortDirection =
    dir === "desc" ? "desc" : dir === "asc" ? "asc" : key === "name" ? "asc" : "desc";
  const rows = sortGradebookRows(book.rows, key, direction);
  const sortLink = (column: string) => {
    const next =
      key === column && direction === (column === "name" ? "asc" : "desc")
        ? column === "name"
          ? "desc"
          : "asc"
        : column === "name"
          ? "asc"
          : "desc";
    return `?sort=${encodeURIComponent(column)}&dir=${next}`;
  };
  const ariaSort = (column: string) =>
    key === column ? (direction === "asc" ? "ascending" : "descending") : undefined;

  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href={`/teach/classes/${classId}`}>← {book.class.name}</Link>
      </p>
      <h1>Gradebook: {book.class.name}</h1>
      <p>
        Best and last submitted score per assignment, attempts used, and late work. Select a column
        heading to sort; select a student for their progress over time.{" "}
        <a href={`/teach/classes/${classId}/gradebook/csv`} download>
          Download as CSV
        </a>
      </p>
      {rows.length === 0 ? (
        <p className="notice">No students in this class yet.</p>
      ) : book.assignments.length === 0 ? (
        <p className="notice">No assignments yet.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              Gradebook, sorted by{" "}
              {key === "name"
                ? "student name"
                : `best score on ${book.assignments.find((a) => a.id === key)?.title}`}
              , {direction === "asc" ? "ascending" : "descending"}
            </caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort("name")}>
                  <Link href={sortLink("name")}>Student</Link>
                </th>
                {book.assignments.map((assignment) => (
                  <th key={assignment.id} scope="col" aria-sort={ariaSort(assignment.id)}>
                    <Link href={sortLink(assignment.id)}>{assignment.title}</Link>
                    {assignment.dueAt ? (
                      <span
                        className="muted"
                        style={{ display: "block", fontWeight: "normal", fontSize: "0.85rem" }}
                      >
                        due {formatDateTime(assignment.dueAt, timeZone)}
                      </span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.student.id}>
                  <th scope="row">
                    <Link href={`/teach/classes/${classId}/students/${row.student.id}`}>
                      {row.student.name}
                    </Link>
                  </th>
                  {book.assignments.map((assignment) => {
                    const cell = row.cells[assignment.id];
                    return (
                      <td key={assignment.id}>
                        {cell && cell.attempts > 0 ? (
                          <>
                            best {formatPercent(cell.best)} · last {formatPercent(cell.last)}
                            <span
                              className="muted"
                              style={{ display: "block", fontSize: "0.85rem" }}
                            >
                              {cell.attempts} {cell.attempts === 1 ? "attempt" : "attempts"}
                              {cell.late ? " · late" : ""}
                            </span>
                          </>
                        ) : (
                          <span className="muted">not submitted</span>
                        )}
                        {cell?.accommodation ? (
                          <span className="muted" style={{ display: "block", fontSize: "0.85rem" }}>
                            Accommodation: {accommodationText(cell.accommodation, timeZone)}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
