import { useEffect, useState } from "react";
import type { QueuePayload } from "@/lib/flashcards/types";

export type DueCheck =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "loaded"; payload: QueuePayload }
  | { state: "error" };

/**
 * At the end of a session (every rating saved), asks the server what is due
 * now and next; `retry` asks again after a failure.
 */
export function useDueCheck(shouldCheck: boolean, setId: string | null) {
  const [check, setCheck] = useState<DueCheck>({ state: "idle" });
  const [token, setToken] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: token asks for a fresh check
  useEffect(() => {
    if (!shouldCheck) return;
    let cancelled = false;
    setCheck({ state: "loading" });
    const query = setId ? `?set=${encodeURIComponent(setId)}` : "";
    fetch(`/api/flashcards/queue${query}`, { cache: "no-store", credentials: "same-origin" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        return (await response.json()) as QueuePayload;
      })
      .then((payload) => {
        if (!cancelled) setCheck({ state: "loaded", payload });
      })
      .catch(() => {
        if (!cancelled) setCheck({ state: "error" });
      });
    return () => {
      cancelled = true;
    };
  }, [shouldCheck, setId, token]);

  return { check, retry: () => setToken((previous) => previous + 1) };
}
