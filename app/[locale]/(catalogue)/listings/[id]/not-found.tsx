"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

// Answered with 404 for drafts, unpublished and deleted listings alike (see lib/listings/visibility.ts).
// A client component: the page around it is cached, and its words come from the layout's provider
// rather than from anything the request says.
export default function ListingNoLongerAvailable() {
  const t = useTranslations("NotFound");
  return (
    <section className="error-page">
      <h1>{t("listingTitle")}</h1>
      <p>{t("listingBody")}</p>
      <p>
        <Link className="button" href="/listings">
          {t("listingBrowse")}
        </Link>
      </p>
      <p className="listing-card__meta">
        {t.rich("listingYours", { link: (chunks) => <Link href="/dashboard/listings">{chunks}</Link> })}
      </p>
    </section>
  );
}
