import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { SessionPhase } from "@/lib/flashcards/session";

type FocusTarget = "card" | "answer";

/**
 * Focus follows each action: the answer once shown, else the new card, the
 * summary or the notice that the last rating is still being saved.
 */
export function useSessionFocus(phase: SessionPhase | "loading") {
  const [request, setRequest] = useState<{ target: FocusTarget; n: number } | null>(null);
  const cardRef = useRef<HTMLElement>(null);
  const answerRef = useRef<HTMLElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const waitingRef = useRef<HTMLParagraphElement>(null);

  useLayoutEffect(() => {
    if (!request) return;
    if (phase === "card") {
      (request.target === "answer" ? answerRef.current : cardRef.current)?.focus();
    } else if (phase === "done") {
      summaryRef.current?.focus();
    } else if (phase === "waiting") {
      waitingRef.current?.focus();
    }
  }, [request, phase]);

  const requestFocus = useCallback((target: FocusTarget) => {
    setRequest((previous) => ({ target, n: (previous?.n ?? 0) + 1 }));
  }, []);

  return { cardRef, answerRef, summaryRef, waitingRef, requestFocus };
}
