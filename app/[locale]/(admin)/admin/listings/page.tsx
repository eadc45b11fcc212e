import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ModerationForm } from "@/app/_components/moderation/moderation-form";
import { AdminSearchBox } from "@/app/_components/moderation/search-box";
import { requireUser } from "@/lib/auth/session";
import { findListingsToModerate } from "@/lib/moderation/queries";

export const metadata: Metadata = { title: "Listings to moderate" };

const hiddenWords = { admin: "Hidden by an admin", suspension: "Hidden: seller suspended" } as const;

export default async function AdminListingsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const user = await requireUser("/admin/listings");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const found = await findListingsToModerate({ actor: user, query });
  if (!found) notFound();
  return (
    <section aria-labelledby="admin-listings-title">
      <p className="listing-card__meta">
        <Link href="/admin">Admin</Link>
      </p>
      <h1 id="admin-listings-title">Listings</h1>
      <p className="field__hint">
        A hidden listing leaves search, browse and its own page, and cannot be bought or bid on; its seller
        still sees it. Find one by number or title; with no search, the hidden ones are listed.
      </p>
      <AdminSearchBox id="admin-listings-q" label="Listing number or title" query={query} />
      {found.length === 0 ? (
        <div className="empty-state">
          <p>{query ? `No listing matches “${query}”.` : "No listing is hidden."}</p>
        </div>
      ) : (
        <ul className="notification-list">
          {found.map((listing) => (
            <li key={listing.id} className="notification">
              <p>
                <Link href={`/dashboard/listings/${listing.id}`}>
                  #{listing.id} {listing.title}
                </Link>{" "}
                <span className="tag">{listing.status}</span>{" "}
                {listing.hiddenAt && (
                  <span className="tag">{hiddenWords[listing.hiddenReason ?? "admin"]}</span>
                )}
              </p>
              <p className="field__hint">Sold by {listing.sellerName}</p>
              {!listing.hiddenAt ? (
                <ModerationForm
                  move="listing.hide"
                  subjectId={listing.id}
                  label="Hide listing"
                  subjectName={listing.title}
                />
              ) : listing.hiddenReason === "admin" ? (
                <ModerationForm
                  move="listing.restore"
                  subjectId={listing.id}
                  label="Restore listing"
                  subjectName={listing.title}
                />
              ) : (
                <p className="field__hint">
                  Comes back when its seller’s account is restored (<Link href="/admin/users">Accounts</Link>
                  ).
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
