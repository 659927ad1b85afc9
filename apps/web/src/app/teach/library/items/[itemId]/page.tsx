import { getDb } from "@quizdeck/db";
import { getLibraryItem, LIBRARY_POLICY } from "@quizdeck/db/library";
import type { Metadata } from "next";
import Link from "next/link";
import { QuestionEditor } from "@/components/library/question-editor";
import { formatDateTime } from "@/lib/format";
import { editorSources } from "@/lib/library/editor-sources";
import { editorFromItem } from "@/lib/library/editor-state";
import { orNotFound } from "@/lib/or-not-found";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Edit a question" };

export default async function ItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ itemId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { itemId } = await params;
  const { saved } = await searchParams;
  const teacher = await requireUser(`/teach/library/items/${itemId}`, "teacher");
  const item = await orNotFound(getLibraryItem(getDb(), { teacherId: teacher.id, itemId }));
  const [{ sources, selectedId }, timeZone] = await Promise.all([
    editorSources(teacher.id, item.sourceId),
    getTimeZone(),
  ]);
  const ungrounded = "grounded" in item.content && item.content.grounded === false;
  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href="/teach/library">← Your library</Link>
      </p>
      <h1>{item.kind === "flashcard" ? "Edit a flashcard" : "Edit a question"}</h1>
      {saved === "new" ? (
        <p className="success" role="status">
          Saved to your library.
        </p>
      ) : null}
      <p>
        Version {item.number}
        {!item.frozen
          ? " — not assigned yet: saving changes it in place."
          : item.kind === "flashcard"
            ? " — assigned already: saving a change makes a new version, which your students review from their next showing on; what they remember of the card stays."
            : " — assigned already: saving a change makes a new version, and this one stays as it is for the attempts and assignments that have it."}
        {item.origin !== LIBRARY_POLICY.writtenOrigin ? ` Imported (${item.origin}).` : ""}
      </p>
      {ungrounded ? (
        <p className="notice">
          Ungrounded: this question has no source quote yet. Choose its source and attach the
          passage that supports the answer.
        </p>
      ) : null}
      <QuestionEditor
        itemId={item.id}
        initial={editorFromItem(item.kind, item.content as Record<string, unknown>)}
        sources={sources}
        initialSourceId={selectedId}
      />
      {item.versions.length > 1 ? (
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">Versions</h2>
          <ul>
            {item.versions.map((version) => (
              <li key={version.id}>
                Version {version.number}, {formatDateTime(version.createdAt, timeZone)}
                {version.frozenAt ? " (assigned)" : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
