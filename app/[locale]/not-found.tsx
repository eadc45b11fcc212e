import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
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
