import { useEffect, useRef } from "react";
import type { SavedAnswer } from "@/lib/quiz/types";
import { useLatest } from "./use-latest";

/**
 * Time spent per question: the visible question's clock runs while the page is
 * shown; it stops when the tab is hidden (and `onHidden` runs: the last moment
 * a page can be sure to act before it may be closed).
 */
export function useQuestionClock(
  currentId: string,
  saved: Record<string, SavedAnswer>,
  onHidden: () => void,
) {
  const timeSpent = useRef<Record<string, number>>(
    Object.fromEntries(Object.entries(saved).map(([id, answer]) => [id, answer.timeSpentMs])),
  );
  const segment = useRef<{ id: string; start: number } | null>(null);
  const currentIdRef = useLatest(currentId);
  const onHiddenRef = useLatest(onHidden);

  const stop = () => {
    const running = segment.current;
    if (!running) return;
    timeSpent.current[running.id] =
      (timeSpent.current[running.id] ?? 0) + (performance.now() - running.start);
    segment.current = null;
  };
  const start = () => {
    stop();
    if (typeof document !== "undefined" && document.visibilityState === "hidden") return;
    segment.current = { id: currentIdRef.current, start: performance.now() };
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts the clock per question.
  useEffect(() => {
    start();
    return () => stop();
  }, [currentId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the clock helpers only touch refs.
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        stop();
        onHiddenRef.current();
      } else {
        start();
      }
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => document.removeEventListener("visibilitychange", onVisibility);
  }, []);

  return {
    /** Milliseconds spent on question `id` so far, the running segment included. */
    timeSpentOn(id: string): number {
      if (segment.current?.id === id) start();
      return Math.round(timeSpent.current[id] ?? 0);
    },
    stop,
  };
}
