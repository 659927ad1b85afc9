import Link from "next/link";

export default function NotFound() {
  return (
    <div className="stack">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <ul>
        <li>
          <Link href="/home">Your home page</Link> lists what is due.
        </li>
        <li>
          <Link href="/practice">Practice</Link> lets you pick any questions.
        </li>
        <li>
          <Link href="/article">The article</Link> is always there to reread.
        </li>
      </ul>
    </div>
  );
}
