"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { BidGuidance } from "@/lib/auctions/guidance";
import type { AuctionView } from "@/lib/auctions/queries";
import { describeAuctionForViewer, type AuctionForViewer } from "@/lib/auctions/viewer-state";
import { formatMoney } from "@/lib/kernel/money";
import { useAuction } from "./use-auction";

export type LiveAuction = {
  view: AuctionView | null;
  /** Null until the first snapshot arrives. */
  state: AuctionForViewer | null;
  guidance: BidGuidance | null;
  viewerKnown: boolean;
  offsetMs: number;
  failed: boolean;
  refresh: () => Promise<void>;
};

const LiveAuctionContext = createContext<LiveAuction | null>(null);

/** Holds the one live reading of an auction that the page's headline price and the bid box both show. */
export function AuctionStateProvider({
  listingId,
  initialView,
  children,
}: {
  listingId: number;
  initialView: AuctionView | null;
  children: ReactNode;
}) {
  const { view, viewerKnown, guidance, offsetMs, failed, refresh } = useAuction(listingId, initialView);
  const state = useMemo(() => (view ? describeAuctionForViewer(view) : null), [view]);
  const value = useMemo(
    () => ({ view, state, viewerKnown, guidance, offsetMs, failed, refresh }),
    [view, state, viewerKnown, guidance, offsetMs, failed, refresh],
  );
  return <LiveAuctionContext.Provider value={value}>{children}</LiveAuctionContext.Provider>;
}

export function useLiveAuction(): LiveAuction {
  const live = useContext(LiveAuctionContext);
  if (!live) throw new Error("useLiveAuction needs an AuctionStateProvider above it");
  return live;
}

/** The listing page's big price for an auction: the same price, with the same label, as the bid box. */
export function AuctionHeadlinePrice({
  fallbackCents,
  currency,
}: {
  fallbackCents: number;
  currency: string;
}) {
  const { state } = useLiveAuction();
  return (
    <p className="price-large" data-testid="headline-price">
      {formatMoney(state?.price.cents ?? fallbackCents, state?.currency ?? currency)}{" "}
      <span className="price-large__label">{state?.price.label ?? "Starting bid"}</span>
    </p>
  );
}
