"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { BidGuidance } from "@/lib/auctions/guidance";
import type { AuctionView } from "@/lib/auctions/queries";

const pollMs = 3000;

/** Polls the auction's state (no third-party service: a plain GET every few seconds, paused in hidden tabs). */
export function useAuction(listingId: number) {
  const [view, setView] = useState<AuctionView | null>(null);
  const [offsetMs, setOffsetMs] = useState(0);
  const [failed, setFailed] = useState(false);
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const response = await fetch(`/api/auctions/${listingId}`, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const next = (await response.json()) as AuctionView;
      setView(next);
      setOffsetMs(Date.parse(next.serverNow) - Date.now());
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      inFlight.current = false;
    }
  }, [listingId]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, pollMs);
    return () => clearInterval(timer);
  }, [refresh]);

  return { view, offsetMs, failed, refresh };
}

export function useBidGuidance(listingId: number, signedIn: boolean) {
  const [guidance, setGuidance] = useState<BidGuidance | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(`/api/auctions/${listingId}/guidance`, { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ guidance: BidGuidance | null }>) : { guidance: null }))
      .then((body) => !cancelled && setGuidance(body.guidance))
      .catch(() => {});
    return () => {
      cancelled = true;
    };
    // Shipping depends on who is signed in.
  }, [listingId, signedIn]);
  return guidance;
}
