"use client";

import { useEffect } from "react";

/**
 * Tells the server the browser's time zone (a cookie), so "today", streaks and
 * daily charts follow the learner's midnight, and a signed-in user's memory counts
 * their days in it (`keepTimeZone` stores it with the account). Refreshes once when
 * it changes.
 */
export function TimeZoneReporter() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const current = document.cookie.match(/(?:^|; )tz=([^;]*)/)?.[1];
    if (zone && decodeURIComponent(current ?? "") !== zone) {
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser yet.
      document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
      if (current !== undefined) window.location.reload();
    }
  }, []);
  return null;
}
