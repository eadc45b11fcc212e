"use client";

import { useRouter } from "next/navigation";
import type { OfferView } from "@/lib/offers/queries";
import { ReceivedOffer } from "./seller-offers";
import styles from "./offers.module.css";

/** The seller's dashboard list of offers waiting on any of their listings, answerable in place. */
export function ReceivedOffers({ offers }: { offers: OfferView[] }) {
  const router = useRouter();
  return (
    <ul className={styles.list} aria-label="Offers received">
      {offers.map((offer) => (
        <ReceivedOffer
          key={offer.id}
          listingId={offer.listingId}
          offer={offer}
          showListing
          onChange={async () => router.refresh()}
        />
      ))}
    </ul>
  );
}
