"use client";

import { Link } from "@/lib/i18n/navigation";
import { useCallback, useEffect, useState } from "react";
import { loadOfferPanelAction } from "@/lib/offers/actions";
import type { OfferPanel as Panel } from "@/lib/offers/queries";
import { BuyerOffers } from "./buyer-offers";
import { SellerOffers } from "./seller-offers";
import styles from "./offers.module.css";

/**
 * "Make an offer" beside the buy box, and the offers the viewer is party to: read in the browser,
 * since the listing page is cached for everyone. The seller sees the offers received instead.
 */
export function OfferPanel({ listingId }: { listingId: number }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const reload = useCallback(async () => setPanel(await loadOfferPanelAction(listingId)), [listingId]);
  useEffect(() => {
    let cancelled = false;
    loadOfferPanelAction(listingId).then(
      (loaded) => !cancelled && setPanel(loaded),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [listingId]);

  if (!panel || panel.role === "closed") return null;
  if (panel.role === "visitor")
    return (
      <p className="field__hint">
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/listings/${listingId}`)}`}>Sign in</Link> to
        make an offer.
      </p>
    );
  return (
    <section className={styles.panel} aria-labelledby="offers-title" data-testid="offers">
      <h2 id="offers-title">{panel.role === "seller" ? "Offers on your listing" : "Make an offer"}</h2>
      {panel.role === "seller" ? (
        <SellerOffers listingId={listingId} panel={panel} onChange={reload} />
      ) : (
        <BuyerOffers listingId={listingId} panel={panel} onChange={reload} />
      )}
    </section>
  );
}
