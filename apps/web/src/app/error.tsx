"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="stack" role="alert">
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown. Your saved answers are safe. Try again, and if it keeps
        happening, tell your teacher what you were doing.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
