import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import styles from "./search.module.css";

/** Forward-only pages (keyset cursor): "Next page", and a way back to the start. */
export function SearchPager({ nextHref, firstHref }: { nextHref: string | null; firstHref: string | null }) {
  const t = useTranslations("Search");
  if (!nextHref && !firstHref) return null;
  return (
    <nav className={styles.pager} aria-label={t("moreResults")}>
      {firstHref && <Link href={firstHref}>{t("firstPage")}</Link>}
      {nextHref && (
        <Link className="button" href={nextHref} rel="next">
          {t("nextPage")}
        </Link>
      )}
    </nav>
  );
}
