"use client";

import { useState, useSyncExternalStore } from "react";
import type { BidGuidance } from "@/lib/auctions/guidance";
import type { AuctionView } from "@/lib/auctions/queries";

const pollMs = 3000;

/** `viewerKnown` is false until the first answer: the page's own snapshot knows nothing of the viewer. */
export type AuctionPoll = {
  view: AuctionView | null;
  viewerKnown: boolean;
  offsetMs: number;
  failed: boolean;
  guidance: BidGuidance | null;
};

/**
 * The auction's state as the server last reported it: a plain GET every few seconds (paused in
 * hidden tabs), kept outside React and read with useSyncExternalStore, so no effect sets state.
 * Polls and the refresh after a bid overlap; an answer to an older request never replaces a newer one.
 */
function createAuctionPoller(listingId: number, initial: AuctionView | null) {
  let snapshot: AuctionPoll = {
    view: initial,
    viewerKnown: false,
    offsetMs: 0,
    failed: false,
    guidance: null,
  };
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let sent = 0;
  let applied = 0;
  let guidanceFor: string | null = null;

  const publish = (next: Partial<AuctionPoll>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };

  // Shipping, and so the fair total, depends on who is signed in and where they live.
  async function loadGuidance(view: AuctionView) {
    const key = view.viewer ? `viewer:${view.viewer.shipping?.to ?? ""}` : "visitor";
    if (key === guidanceFor) return;
    guidanceFor = key;
    try {
      const response = await fetch(`/api/auctions/${listingId}/guidance`, { cache: "no-store" });
      const body = response.ok
        ? ((await response.json()) as { guidance: BidGuidance | null })
        : { guidance: null };
      if (guidanceFor === key) publish({ guidance: body.guidance });
    } catch {
      guidanceFor = null;
    }
  }

  async function refresh(): Promise<void> {
    const request = ++sent;
    try {
      const response = await fetch(`/api/auctions/${listingId}`, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const view = (await response.json()) as AuctionView;
      if (request < applied) return;
      applied = request;
      publish({ view, viewerKnown: true, offsetMs: Date.parse(view.serverNow) - Date.now(), failed: false });
      void loadGuidance(view);
    } catch {
      if (request >= applied) publish({ failed: true });
    }
  }

  return {
    refresh,
    getSnapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      if (listeners.size === 1) {
        void refresh();
        timer = setInterval(() => {
          if (document.visibilityState === "visible") void refresh();
        }, pollMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) clearInterval(timer);
      };
    },
  };
}

/** The live auction for one listing, starting from the snapshot the page was rendered with. */
export function useAuction(listingId: number, initial: AuctionView | null) {
  const [poller] = useState(() => createAuctionPoller(listingId, initial));
  const poll = useSyncExternalStore(poller.subscribe, poller.getSnapshot, poller.getSnapshot);
  return { ...poll, refresh: poller.refresh };
}
