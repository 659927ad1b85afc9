import Link from "next/link";

/** The 403 page: most often an attempt that belongs to someone else (a shared or mistyped link). */
export default function Forbidden() {
  return (
    <div className="stack">
      <h1>This is not yours to open</h1>
      <p>
        This page belongs to another account, so it cannot be opened here. If someone shared the
        link with you, ask them for the quiz itself, or start your own.
      </p>
      <p>
        <Link href="/practice">Start a practice quiz</Link> ·{" "}
        <Link href="/home">Go to your home page</Link>
      </p>
    </div>
  );
}
