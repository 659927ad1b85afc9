"use client";

import { useEffect } from "react";

/**
 * Moves focus to the deep-linked paragraph once it is on screen, so a screen
 * reader starts reading there (the paragraph has tabIndex -1). Focusing also
 * scrolls it into view when the browser has not done so for the #hash.
 */
export function FocusTarget({ targetId }: { targetId: string }) {
  useEffect(() => {
    const element = document.getElementById(targetId);
    if (!element) return;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  }, [targetId]);
  return null;
}
