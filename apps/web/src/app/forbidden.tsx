import Link from "next/link";

/**
 * The 403 page: a page this account's role never opens (a student on a
 * teacher's page), or a class's work after the student was removed from it.
 * Someone else's things are a 404, never this page (docs/architecture.md).
 */
export default function Forbidden() {
  return (
    <div className="stack">
      <h1>This page is closed to you</h1>
      <p>
        Your account cannot open this page: it is for another role (a teacher's page, say), or it
        belongs to a class you are no longer in. If you think this is wrong, ask your teacher.
      </p>
      <p>
        <Link href="/practice">Start a practice quiz</Link> ·{" "}
        <Link href="/home">Go to your home page</Link>
      </p>
    </div>
  );
}
