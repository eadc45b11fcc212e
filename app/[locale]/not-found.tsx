"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

// A client component: Next renders this boundary beside cached pages, where nothing may read the
// request; its words come from the layout's provider.
export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <section className="error-page">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link className="button" href="/listings">
          {t("browse")}
        </Link>
      </p>
    </section>
  );
}
