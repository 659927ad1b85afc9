import { getDb } from "@quizdeck/db";
import { listTeacherClasses } from "@quizdeck/db/class";
import { getLibrarySet, listLibraryItems } from "@quizdeck/db/library";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { SetEditor } from "@/components/library/set-editor";
import { FormatChoice } from "@/components/teacher/format-choice";
import { duplicateLibrarySetAction } from "@/lib/actions/library-actions";
import { setCatalog } from "@/lib/library/catalog";
import { orNotFound } from "@/lib/or-not-found";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Set" };

const EXPORTS = [
  ["qti3", "QTI 3.0 package (questions; Canvas and most assessment platforms)"],
  ["gift", "Moodle GIFT (questions)"],
  ["moodle-xml", "Moodle XML (questions)"],
  ["anki-tsv", "Anki text file (flashcards)"],
  ["json", "quizdeck JSON (everything, open format)"],
] as const;

export default async function LibrarySetPage({
  params,
  searchParams,
}: {
  params: Promise<{ setId: string }>;
  searchParams: Promise<{ imported?: string }>;
}) {
  const { setId } = await params;
  const { imported } = await searchParams;
  const teacher = await requireUser(`/teach/library/sets/${setId}`, "teacher");
  const db = getDb();
  const set = await orNotFound(getLibrarySet(db, { teacherId: teacher.id, setId }));
  const [items, classes] = await Promise.all([
    listLibraryItems(db, { teacherId: teacher.id }),
    listTeacherClasses(db, { teacherId: teacher.id }),
  ]);
  const catalog = setCatalog(items);
  const active = classes.filter((klass) => klass.archivedAt === null);
  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href="/teach/library">← Your library</Link>
      </p>
      <h1>{set.title}</h1>
      {imported ? (
        <p className="success" role="status">
          Imported into your library. Questions marked “ungrounded” have no source quote yet: open
          one from your library to attach it.
        </p>
      ) : null}
      <ActionButton
        action={duplicateLibrarySetAction}
        fields={{ setId: set.id }}
        label="Duplicate this set"
        className="secondary"
      />
      {active.length > 0 ? (
        <p>
          Assign it to{" "}
          {active.map((klass, index) => (
            <span key={klass.id}>
              {index > 0 ? ", " : ""}
              <Link href={`/teach/classes/${klass.id}/assignments/new?librarySet=${set.id}`}>
                {klass.name}
              </Link>
            </span>
          ))}
          . An assignment keeps the questions as they are when assigned; later edits make new
          versions.
        </p>
      ) : null}
      <SetEditor
        setId={set.id}
        title={set.title}
        description={set.description}
        structure={set.structure}
        questions={catalog.questions}
        cards={catalog.cards}
      />
      <section aria-labelledby="export-heading" className="stack">
        <h2 id="export-heading">Export</h2>
        <form method="get" action={`/api/library/sets/${set.id}/export`} className="stack">
          <FormatChoice formats={EXPORTS} />
          <div>
            <button type="submit">Download</button>
          </div>
        </form>
      </section>
    </div>
  );
}
