import { useEffect, useState } from "react";

/** Clock skew below this is ignored (a cached page would otherwise mislead). */
const MAX_IGNORED_SKEW_MS = 60_000;

/** The deadline on this browser's clock (epoch ms), corrected for a skewed clock; null without one. */
export function useDeadline(deadlineAt: string | null, serverNow: string): number | null {
  const [skewMs, setSkewMs] = useState(0);
  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    if (Math.abs(skew) > MAX_IGNORED_SKEW_MS) setSkewMs(skew);
  }, [serverNow]);
  return deadlineAt ? Date.parse(deadlineAt) - skewMs : null;
}
