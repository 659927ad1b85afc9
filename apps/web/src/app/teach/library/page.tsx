import { getDb } from "@quizdeck/db";
import { listLibraryItems, listLibrarySets, listSources } from "@quizdeck/db/library";
import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/library/library.module.css";
import { NewSetForm } from "@/components/library/new-set-form";
import { TYPE_LABELS } from "@/lib/quiz/type-labels";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Your library" };

export default async function LibraryPage({
  searchParams,
}: {
  searchParams: Promise<{ imported?: string }>;
}) {
  const teacher = await requireUser("/teach/library", "teacher");
  const { imported } = await searchParams;
  const db = getDb();
  const [sets, items, sources] = await Promise.all([
    listLibrarySets(db, { teacherId: teacher.id }),
    listLibraryItems(db, { teacherId: teacher.id }),
    listSources(db, { teacherId: teacher.id }),
  ]);
  return (
    <div className="stack">
      <h1>Your library</h1>
      {imported ? (
        <p className="success" role="status">
          The file's items are in your library.
        </p>
      ) : null}
      <p>
        Your own questions, flashcards, sources and sets. They are private to you: students see them
        only in an assignment, under its answer-release settings.
      </p>
      <p>
        <Link href="/teach/library/items/new">Write a question</Link> ·{" "}
        <Link href="/teach/library/items/new?kind=flashcard">Write a flashcard</Link> ·{" "}
        <Link href="/teach/library/sources/new">Add a source</Link> ·{" "}
        <Link href="/teach/library/import">Import a file</Link>
      </p>

      <section aria-labelledby="sets-heading" className="stack">
        <h2 id="sets-heading">Sets</h2>
        {sets.length === 0 ? (
          <p className="muted">No sets yet.</p>
        ) : (
          <ul>
            {sets.map((set) => (
              <li key={set.id}>
                <Link href={`/teach/library/sets/${set.id}`}>{set.title}</Link>{" "}
                <span className="muted">
                  ({set.questionCount} questions
                  {set.questionsPerAttempt !== set.questionCount
                    ? `, ${set.questionsPerAttempt} drawn per attempt`
                    : ""}
                  , {set.flashcardCount} flashcards)
                </span>
              </li>
            ))}
          </ul>
        )}
        <NewSetForm />
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Questions and flashcards</h2>
        {items.length === 0 ? (
          <p className="muted">Nothing written or imported yet.</p>
        ) : (
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <Link href={`/teach/library/items/${item.id}`}>
                  {"type" in item.content ? item.content.prompt : item.content.front}
                </Link>{" "}
                <span className="muted">
                  ({"type" in item.content ? TYPE_LABELS[item.content.type] : "Flashcard"}, version{" "}
                  {item.number},{" "}
                  {item.sourceTitle ? `from “${item.sourceTitle}”` : "from the article"})
                </span>
                {item.content.grounded === false ? (
                  <span className={`${styles.badge} ${styles.ungrounded}`}>ungrounded</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {sources.length === 0 ? (
          <p className="muted">
            No sources of your own yet; questions can quote the bundled article.
          </p>
        ) : (
          <ul>
            {sources.map((source) => (
              <li key={source.id}>
                <Link href={`/sources/${source.id}`}>{source.title}</Link>{" "}
                <span className="muted">({source.paragraphs} paragraphs)</span> ·{" "}
                <Link href={`/teach/library/items/new?source=${source.id}`}>
                  Write a question<span className="visually-hidden"> from {source.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
