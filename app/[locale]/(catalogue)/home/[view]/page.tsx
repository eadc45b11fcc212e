import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingGrid } from "@/app/_components/listings/listing-card";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { categories } from "@/lib/catalogue/vocabulary";
import { getLiveCountsByCategory, listRecentListings } from "@/lib/listings/queries";
import styles from "./home.module.css";

// The home page, served at "/" and "/ru" through proxy.ts's rewrite to /<locale>/home/latest: "render on the first request,
// then cache whole". Next prerenders a plain app/page.tsx with `revalidate` at build time, and the
// build has no database; a dynamic segment whose generateStaticParams returns nothing is instead
// rendered on its first request and kept in the full-route cache (ISR) until a listing changes
// (cache tag "listings") or five minutes pass. Next 16's own words for this ("use cache" with
// cacheTag and cacheLife, or ensureStatic) need `cacheComponents`, which changes how every route
// renders; until the site moves to it, this segment is the mechanism. Only the "latest" edition
// exists, and proxy.ts answers a direct /home/... request with "not found". Each language is a page of
// its own, its locale taken from the segment (setRequestLocale), never from the request.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; view: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? { alternates: alternatesFor(locale, "/") } : {};
}

export default async function HomePage({ params }: Props) {
  const { locale, view } = await params;
  if (view !== "latest" || !hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const category = await getTranslations("Category");
  const [recent, counts] = await Promise.all([listRecentListings({ limit: 12 }), getLiveCountsByCategory()]);

  return (
    <>
      <section className={styles.hero} aria-labelledby="hero-title">
        <div>
          <h1 id="hero-title">{t("heroTitle")}</h1>
          <p>{t("heroBody")}</p>
          <div className={styles.actions}>
            <Link className="button" href="/listings?category=pedal_car">
              {t("browsePedalCars")}
            </Link>
            <Link className="button button--ghost" href="/listings?category=part">
              {t("findParts")}
            </Link>
          </div>
        </div>
        <ul className={styles.facts}>
          <li>
            <strong>{t("fact1Title")}</strong>
            <span>{t("fact1Body")}</span>
          </li>
          <li>
            <strong>{t("fact2Title")}</strong>
            <span>{t("fact2Body")}</span>
          </li>
          <li>
            <strong>{t("fact3Title")}</strong>
            <span>{t("fact3Body")}</span>
          </li>
        </ul>
      </section>

      <h2 className="visually-hidden">{t("categories")}</h2>
      <ul className={styles.tiles}>
        {categories.map((c) => (
          <li key={c}>
            <Link className={styles.tile} href={`/listings?category=${c}`}>
              <strong>{category(c)}</strong>
              <span>{t(`blurb_${c}`)}</span>
              <span>{t("forSale", { count: counts[c] ?? 0 })}</span>
            </Link>
          </li>
        ))}
      </ul>

      <section aria-labelledby="recent-title">
        <div className="section-head">
          <h2 id="recent-title">{t("justListed")}</h2>
          <Link href="/listings">{t("seeEverything")}</Link>
        </div>
        {recent.length ? <ListingGrid listings={recent} /> : <p className="empty-state">{t("empty")}</p>}
      </section>
    </>
  );
}
