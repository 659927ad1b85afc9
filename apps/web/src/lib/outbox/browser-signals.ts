/** What an outbox needs to hear from the browser. */
export interface Reconnectable {
  setOnline(online: boolean): void;
  retryNow(): void;
}

/**
 * Feeds the browser's network signal to `outbox` (nothing is sent while the
 * browser says it is offline) and tries again when the page is shown again
 * (a laptop waking up). Returns the function that stops listening.
 */
export function connectToBrowser(outbox: Reconnectable): () => void {
  const online = () => outbox.setOnline(true);
  const offline = () => outbox.setOnline(false);
  const shown = () => {
    if (document.visibilityState === "visible") outbox.retryNow();
  };
  window.addEventListener("online", online);
  window.addEventListener("offline", offline);
  document.addEventListener("visibilitychange", shown);
  return () => {
    window.removeEventListener("online", online);
    window.removeEventListener("offline", offline);
    document.removeEventListener("visibilitychange", shown);
  };
}

/** navigator.onLine where there is a navigator; true otherwise (the server render). */
export function browserOnline(): boolean {
  return typeof navigator === "undefined" ? true : navigator.onLine;
}
