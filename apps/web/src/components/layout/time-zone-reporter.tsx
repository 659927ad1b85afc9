"use client";

import { useEffect } from "react";

/** This tab's note of a zone it has stored already: the session says so only a minute later. */
const REPORTED_KEY = "quizdeck:time-zone-reported";

function alreadyReported(zone: string): boolean {
  try {
    return sessionStorage.getItem(REPORTED_KEY) === zone;
  } catch {
    return false;
  }
}

/** Stores the zone with the signed-in user: their memory counts days in it. */
async function report(zone: string) {
  const response = await fetch("/api/me/time-zone", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ timeZone: zone }),
  });
  // Read to the end: an unread body keeps the request open (and the page never network-idle).
  await response.text();
  if (!response.ok) return;
  try {
    sessionStorage.setItem(REPORTED_KEY, zone);
  } catch {
    // Storage off: the next page reports it again, which is harmless.
  }
}

/**
 * Tells the server the browser's time zone: a cookie, so "today", streaks and
 * daily charts follow the learner's midnight, and for a signed-in user whose
 * stored zone differs, their account, so the scheduler and the background
 * fitting job count their days in it. Refreshes once when the zone changes.
 */
export function TimeZoneReporter({
  signedIn,
  storedTimeZone,
}: {
  signedIn: boolean;
  storedTimeZone: string | null;
}) {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    const current = document.cookie.match(/(?:^|; )tz=([^;]*)/)?.[1];
    const cookieChanged = decodeURIComponent(current ?? "") !== zone;
    if (cookieChanged) {
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser yet.
      document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    }
    const stored =
      signedIn && storedTimeZone !== zone && !alreadyReported(zone)
        ? report(zone).catch(() => {})
        : Promise.resolve();
    if (cookieChanged && current !== undefined) void stored.then(() => window.location.reload());
  }, [signedIn, storedTimeZone]);
  return null;
}
