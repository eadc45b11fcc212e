import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingGrid } from "@/app/_components/listings/listing-card";
import { categories, categoryLabels } from "@/lib/catalogue/vocabulary";
import { getLiveCountsByCategory, listRecentListings } from "@/lib/listings/queries";
import styles from "./home.module.css";

// The home page, served at "/" through the rewrite in next.config.ts: "render on the first request,
// then cache whole". Next prerenders a plain app/page.tsx with `revalidate` at build time, and the
// build has no database; a dynamic segment whose generateStaticParams returns nothing is instead
// rendered on its first request and kept in the full-route cache (ISR) until a listing changes
// (cache tag "listings") or five minutes pass. Next 16's own words for this ("use cache" with
// cacheTag and cacheLife, or ensureStatic) need `cacheComponents`, which changes how every route
// renders; until the site moves to it, this segment is the mechanism. Only the "latest" edition
// exists, and proxy.ts answers a direct /home/... request with "not found".
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { alternates: { canonical: "/" } };

const categoryBlurbs: Record<string, string> = {
  pedal_car: "AZLK Moskvitch pedal cars, 1973–1994",
  classic_car: "400, 407, 408, 412, 2140, Aleko…",
  toy: "ZiL-130 dump trucks, cranes, excavators",
  part: "Windscreens, wheels, bumpers, plates",
};

export default async function HomePage({ params }: { params: Promise<{ view: string }> }) {
  const { view } = await params;
  if (view !== "latest") notFound();
  const [recent, counts] = await Promise.all([listRecentListings({ limit: 12 }), getLiveCountsByCategory()]);

  return (
    <>
      <section className={styles.hero} aria-labelledby="hero-title">
        <div>
          <h1 id="hero-title">The marketplace for Moskvitch pedal cars, classics and parts</h1>
          <p>
            Sell a restored AZLK pedal car, find the windscreen your project is missing, and know what a fair
            price is before you bid, here or anywhere else.
          </p>
          <div className={styles.actions}>
            <Link className="button" href="/listings?category=pedal_car">
              Browse pedal cars
            </Link>
            <Link className="button button--ghost" href="/listings?category=part">
              Find spare parts
            </Link>
          </div>
        </div>
        <ul className={styles.facts}>
          <li>
            <strong>Under $400 plus shipping</strong>
            <span>is a fair US price for a little-used late pedal car with its tiny AZLK 1993 plate.</span>
          </li>
          <li>
            <strong>Aluminum bumpers = early car</strong>
            <span>The 1970s cars and their parts are the rare ones.</span>
          </li>
          <li>
            <strong>Pack the windscreen</strong>
            <span>The plastic windscreen and the steering wheel break in careless shipping.</span>
          </li>
        </ul>
      </section>

      <h2 className="visually-hidden">Categories</h2>
      <ul className={styles.tiles}>
        {categories.map((category) => (
          <li key={category}>
            <Link className={styles.tile} href={`/listings?category=${category}`}>
              <strong>{categoryLabels[category]}</strong>
              <span>{categoryBlurbs[category]}</span>
              <span> · {counts[category] ?? 0} for sale</span>
            </Link>
          </li>
        ))}
      </ul>

      <section aria-labelledby="recent-title">
        <div className="section-head">
          <h2 id="recent-title">Just listed</h2>
          <Link href="/listings">See everything</Link>
        </div>
        {recent.length ? (
          <ListingGrid listings={recent} />
        ) : (
          <p className="empty-state">Nothing is listed yet. Be the first to sell a pedal car.</p>
        )}
      </section>
    </>
  );
}
