import type { SourceText } from "./use-source-article";

/** Where the evidence picker will be, while the chosen source's text is on its way or failed to come. */
export function SourceTextStatus({ text }: { text: Exclude<SourceText, { state: "loaded" }> }) {
  if (text.state === "loading") {
    return (
      <p className="muted" role="status">
        Loading the source's text…
      </p>
    );
  }
  return (
    <div className="notice" role="alert">
      <p>The source's text could not be loaded: {text.message}</p>
      <button type="button" onClick={text.retry}>
        Try again
      </button>
    </div>
  );
}
