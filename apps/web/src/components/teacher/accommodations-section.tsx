import type { AccommodationSummary } from "@quizdeck/db/gradebook";
import { accommodationText } from "@/lib/teacher/accommodation-text";
import { AccommodationForm } from "./accommodation-form";

/** The assignment's accommodations (Moodle's user overrides): who has which, and the form to change them. */
export function AccommodationsSection({
  assignmentId,
  accommodations,
  students,
  timeZone,
}: {
  assignmentId: string;
  accommodations: (AccommodationSummary & { student: { id: string; name: string } })[];
  students: { id: string; name: string }[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="accommodations-heading" className="stack">
      <h2 id="accommodations-heading">Accommodations</h2>
      <p className="muted">
        More time, more attempts or a later due time for one student. The server enforces them; the
        release of answers "after the due date" follows the student's own due time.
      </p>
      {accommodations.length === 0 ? (
        <p>No accommodations.</p>
      ) : (
        <ul>
          {accommodations.map((row) => (
            <li key={row.student.id}>
              <strong>{row.student.name}</strong>: {accommodationText(row, timeZone)}
            </li>
          ))}
        </ul>
      )}
      {students.length > 0 ? (
        <AccommodationForm assignmentId={assignmentId} students={students} timeZone={timeZone} />
      ) : (
        <p className="muted">No students in the class yet.</p>
      )}
    </section>
  );
}
