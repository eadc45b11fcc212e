import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { FeedbackFigures } from "@/app/_components/feedback/feedback-figures";
import { FeedbackList } from "@/app/_components/feedback/feedback-list";
import styles from "@/app/_components/feedback/feedback.module.css";
import { ListingGrid } from "@/app/_components/listings/listing-card";
import { countryName } from "@/lib/catalogue/describe";
import { marketClock } from "@/lib/kernel/market-clock";
import { getSellerProfile } from "@/lib/profiles/profiles";

// A member's public profile, rendered per request from a cached read (tag "listings"). It shows what
// the member already shows the market, never their email.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getSellerProfile((await params).id);
  if (!profile) return { title: "Member not found", robots: { index: false } };
  return {
    title: `${profile.displayName}, seller on Moskvitch Market`,
    alternates: { canonical: `/sellers/${profile.id}` },
  };
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export default async function SellerProfilePage({ params }: Props) {
  const profile = await getSellerProfile((await params).id, await marketClock());
  if (!profile) notFound();
  const since = new Date(profile.memberSince).toLocaleDateString("en-US", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">{profile.displayName}</h1>
      <p className="listing-card__meta">
        {profile.country ? `${countryName(profile.country)} · ` : ""}Member since {since}
      </p>
      <dl className="facts panel seller-record" aria-label="Seller record" data-testid="seller-record">
        <dt>For sale now</dt>
        <dd>{plural(profile.liveCount, "listing", "listings")}</dd>
        <dt>Sold</dt>
        <dd>{plural(profile.soldCount, "item", "items")}</dd>
        <dt>Questions answered</dt>
        <dd>{plural(profile.questionsAnswered, "question", "questions")}</dd>
      </dl>
      <h2 id="feedback-title">Feedback</h2>
      <div className="panel" aria-labelledby="feedback-title">
        <FeedbackFigures summary={profile.feedback.summary} />
        <p className={`field__hint ${styles.note}`}>
          Positive share: positive ratings out of positive and negative ones; neutral ones are not counted. An
          auction win left unpaid counts as a negative, as buyer.
        </p>
        {profile.feedback.latest.length === 0 ? (
          <p>No feedback yet.</p>
        ) : (
          <>
            <h3>Latest feedback</h3>
            <FeedbackList
              entries={profile.feedback.latest}
              label={`Latest feedback for ${profile.displayName}`}
            />
          </>
        )}
      </div>
      <h2>For sale by {profile.displayName}</h2>
      {profile.liveListings.length === 0 ? (
        <div className="empty-state">
          <p>
            Nothing for sale right now. <Link href="/listings">Browse everything for sale</Link>.
          </p>
        </div>
      ) : (
        <ListingGrid
          listings={profile.liveListings}
          label={`Listings by ${profile.displayName}`}
          showSeller={false}
        />
      )}
    </section>
  );
}
