import type { Article } from "@quizdeck/content/schema";
import { useEffect, useState } from "react";
import type { EditorSource } from "./question-editor";

export type SourceText =
  | { state: "loaded"; article: Article }
  | { state: "loading" }
  | { state: "failed"; message: string; retry: () => void };

/**
 * The chosen source's paragraphs: at hand for the one the page came with,
 * asked for (and kept) for another the teacher picks.
 */
export function useSourceArticle(source: EditorSource): SourceText {
  const [fetched, setFetched] = useState<Record<string, Article>>({});
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null);
  const [token, setToken] = useState(0);
  const id = source.id;
  const known = source.article ?? (id ? fetched[id] : undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: token asks again after a failure
  useEffect(() => {
    if (known || !id) return;
    const controller = new AbortController();
    setFailure(null);
    fetch(`/api/library/sources/${encodeURIComponent(id)}`, {
      cache: "no-store",
      credentials: "same-origin",
      signal: controller.signal,
    })
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as {
          article?: Article;
          error?: { message?: string };
        } | null;
        if (!response.ok || !body?.article) {
          throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
        }
        const article = body.article;
        setFetched((previous) => ({ ...previous, [id]: article }));
      })
      .catch((error: Error) => {
        if (controller.signal.aborted) return;
        setFailure({ id, message: error.message || "The connection failed." });
      });
    return () => controller.abort();
  }, [id, known, token]);

  if (known) return { state: "loaded", article: known };
  if (failure && failure.id === id) {
    return {
      state: "failed",
      message: failure.message,
      retry: () => setToken((previous) => previous + 1),
    };
  }
  return { state: "loading" };
}
