import type { Metadata } from "next";
import Link from "next/link";
import { QuestionEditor } from "@/components/library/question-editor";
import { editorSources } from "@/lib/library/editor-sources";
import { emptyEditor } from "@/lib/library/editor-state";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Write a question" };

export default async function NewItemPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string; source?: string }>;
}) {
  const teacher = await requireUser("/teach/library/items/new", "teacher");
  const params = await searchParams;
  const kind = params.kind === "flashcard" ? "flashcard" : "question";
  const { sources, selectedId } = await editorSources(teacher.id, params.source ?? null);
  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        <Link href="/teach/library">← Your library</Link>
      </p>
      <h1>{kind === "flashcard" ? "Write a flashcard" : "Write a question"}</h1>
      <QuestionEditor
        itemId={null}
        initial={emptyEditor(kind)}
        sources={sources}
        initialSourceId={selectedId}
      />
    </div>
  );
}
