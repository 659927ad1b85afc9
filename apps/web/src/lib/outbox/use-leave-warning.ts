import { useEffect } from "react";

/** While `unsafe`, the browser asks before the page is closed or left (something would be lost). */
export function useLeaveWarning(unsafe: boolean): void {
  useEffect(() => {
    if (!unsafe) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsafe]);
}
