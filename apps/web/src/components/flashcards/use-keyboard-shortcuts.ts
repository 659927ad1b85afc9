import type { ReviewRating } from "@quizdeck/core/scheduling";
import { type RefObject, useEffect, useRef } from "react";
import { keyCommand } from "@/lib/flashcards/keyboard";
import type { SessionState } from "@/lib/flashcards/session";

interface SessionShortcuts {
  enabled: boolean;
  session: RefObject<SessionState>;
  onReveal: () => void;
  onRate: (rating: ReviewRating) => void;
  onUndo: () => void;
}

/** Space, 1–4, U and Ctrl+Z anywhere on the page except in form fields (see keyCommand). */
export function useSessionShortcuts(shortcuts: SessionShortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  const { enabled } = shortcuts;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const { session, onReveal, onRate, onUndo } = latest.current;
      const state = session.current;
      const command = keyCommand(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          shiftKey: event.shiftKey,
          targetTag: target?.tagName ?? "",
          targetEditable: target?.isContentEditable ?? false,
        },
        {
          hasCard: state.current !== null,
          revealed: state.current?.revealed ?? false,
          canUndo: state.history.length > 0,
        },
      );
      if (!command) return;
      event.preventDefault();
      if (command.type === "reveal") onReveal();
      else if (command.type === "rate") onRate(command.rating);
      else onUndo();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
