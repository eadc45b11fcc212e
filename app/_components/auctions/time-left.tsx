"use client";

import { useEffect, useState } from "react";
import { formatTimeLeft } from "@/lib/auctions/rules";
import { formatMoment, useViewerTimeZone } from "@/app/_components/local-time";

/**
 * Counts down to an auction's end. `offsetMs` is server clock minus browser clock, so a browser
 * whose clock is off still shows the time the server will close the auction at.
 */
export function TimeLeft({ endsAt, offsetMs = 0 }: { endsAt: string; offsetMs?: number }) {
  const end = Date.parse(endsAt);
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offsetMs);
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [offsetMs]);
  const zone = useViewerTimeZone();
  // Rendered on the server (and in cached pages) as the end time itself; the countdown starts in the browser.
  const endText = formatMoment(new Date(end), "dateTime", zone);
  return (
    <time dateTime={endsAt} title={`Ends ${endText}`} suppressHydrationWarning>
      {now === null ? `ends ${endText}` : formatTimeLeft(end - now)}
    </time>
  );
}
