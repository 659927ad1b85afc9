import type { Question } from "@quizdeck/content/schema";
import { getDb } from "@quizdeck/db";
import { isPlausibleId } from "@quizdeck/db/fields";
import { getLibraryImport } from "@quizdeck/db/library";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportReport } from "@/components/library/import-report";
import styles from "@/components/library/library.module.css";
import { FlashcardPreview, LivePreview } from "@/components/library/live-preview";
import { SaveImportForm } from "@/components/library/save-import-form";
import { orNotFound } from "@/lib/or-not-found";
import { TYPE_LABELS } from "@/lib/quiz/type-labels";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Import preview" };

/** What a file would bring in, before anything is saved: every item as students see it, and the loss report. */
export default async function ImportPreviewPage({
  params,
}: {
  params: Promise<{ importId: string }>;
}) {
  const { importId } = await params;
  const teacher = await requireUser(`/teach/library/imports/${importId}`, "teacher");
  if (!isPlausibleId(importId)) notFound();
  const imported = await orNotFound(getLibraryImport(getDb(), { teacherId: teacher.id, importId }));
  const count = imported.questions.length + imported.flashcards.length;
  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href="/teach/library/import">← Import another file</Link>
      </p>
      <h1>Import preview: {imported.fileName}</h1>
      {imported.savedAt ? (
        <p className="success">
          Saved to <Link href="/teach/library">your library</Link>.
        </p>
      ) : count === 0 ? (
        <p className="notice">Nothing in this file could be imported. The report says why.</p>
      ) : (
        <>
          <p>
            Nothing is saved yet. Read the report, check the items, then save them. Imported
            questions have no source quote: they are marked <strong>ungrounded</strong> until you
            attach one.
          </p>
          <SaveImportForm importId={imported.id} count={count} />
        </>
      )}
      <ImportReport report={imported.report} />
      <section aria-labelledby="items-heading" className="stack">
        <h2 id="items-heading">
          The items, as students would see them ({imported.questions.length} questions,{" "}
          {imported.flashcards.length} flashcards)
        </h2>
        <ol className={styles.entries}>
          {imported.questions.map((question, index) => (
            <li key={question.id}>
              <h3>
                Question {index + 1} <span className="muted">({TYPE_LABELS[question.type]})</span>
                {question.grounded ? null : (
                  <span className={`${styles.badge} ${styles.ungrounded}`}>ungrounded</span>
                )}
              </h3>
              <div className="card">
                <LivePreview
                  question={question as Question}
                  source={null}
                  idPrefix={`import-${index + 1}`}
                />
              </div>
            </li>
          ))}
          {imported.flashcards.map((card, index) => (
            <li key={card.id}>
              <h3>Flashcard {index + 1}</h3>
              <FlashcardPreview front={card.front} back={card.back} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
