"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { DeadlineKind } from "@/lib/quiz/time-left";

const DeadlineKindContext = createContext<DeadlineKind>("time-limit");

/**
 * Tells the countdown inside (however deep in the quiz player) what its
 * deadline is, so the attempt page decides it once: a due time reads in
 * words, a time limit as a clock.
 */
export function DeadlineKindProvider({
  kind,
  children,
}: {
  kind: DeadlineKind | null;
  children?: ReactNode;
}) {
  return (
    <DeadlineKindContext.Provider value={kind ?? "time-limit"}>
      {children}
    </DeadlineKindContext.Provider>
  );
}

export function useDeadlineKind(): DeadlineKind {
  return useContext(DeadlineKindContext);
}
