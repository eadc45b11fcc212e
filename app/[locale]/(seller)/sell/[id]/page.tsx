import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { SellForm } from "@/app/_components/sell/sell-form";
import { requireUser } from "@/lib/auth/session";
import { getListingForEdit } from "@/lib/listings/dashboard-queries";
import { photoUrl } from "@/lib/photos/variants";
import styles from "../sell-page.module.css";

export const metadata: Metadata = { title: "Edit listing" };

const statusNotes: Record<string, string> = {
  draft: "Draft: only you can see it.",
  live: "Live: changes show to buyers as soon as you save.",
  withdrawn: "Unpublished: publish it again when you're ready.",
  sold: "Sold: it can no longer be edited.",
  ended: "Ended.",
};

export default async function EditListingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/sell/${encodeURIComponent(id)}`);
  const listing = /^\d{1,9}$/.test(id)
    ? await getListingForEdit({ actor: user, listingId: Number(id) })
    : null;
  if (!listing) notFound();

  return (
    <section className="sell-page" aria-labelledby="sell-heading">
      <p className="listing-card__meta">
        <Link href="/dashboard/listings">← Your listings</Link>
      </p>
      <h1 id="sell-heading">Edit listing</h1>
      <p className={styles.intro}>{statusNotes[listing.status]}</p>
      {listing.status === "sold" ? (
        <p className="empty-state">This item has sold.</p>
      ) : (
        <SellForm
          key={listing.id}
          listingId={listing.id}
          status={listing.status}
          values={listing.values}
          photos={listing.photos.map((p) => ({ id: p.id, src: photoUrl(p.storageKey, "thumb") }))}
        />
      )}
    </section>
  );
}
