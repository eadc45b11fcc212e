import { Link } from "@/lib/i18n/navigation";
import { searchHref, type ListingSearchParams } from "@/lib/listings/search-params";
import { useTranslations } from "next-intl";
import styles from "./search.module.css";

const brandSpellings = ["Moskvitch", "Moskvich", "Москвич"];
const brandPattern = /moskvi?t?ch|moskwitsch|москвич/iu;

/** Other ways collectors write the same words: the brand in Latin and Cyrillic letters. */
function spellingVariants(q: string | undefined): string[] {
  if (q && brandPattern.test(q)) {
    return brandSpellings
      .map((b) => q.replace(brandPattern, b))
      .filter((v) => v.toLowerCase() !== q.toLowerCase());
  }
  return brandSpellings.slice(1);
}

/** What to try when nothing matches: another spelling, a wider price, fewer filters. */
export function SearchEmptyState({
  params,
  filterCount,
}: {
  params: ListingSearchParams;
  filterCount: number;
}) {
  const t = useTranslations("Search");
  const hasPrice = params.min !== undefined || params.max !== undefined;
  const otherFilters = filterCount - (params.q ? 1 : 0);
  return (
    <div className={`empty-state ${styles.empty}`}>
      <h2>{t("emptyTitle")}</h2>
      <ul>
        <li>
          {t("trySpelling")}{" "}
          {spellingVariants(params.q).map((variant, i) => (
            <span key={variant}>
              {i > 0 && t("or")}
              <Link
                href={searchHref(params, { q: variant })}
                lang={/[а-я]/i.test(variant) ? "ru" : undefined}
              >
                {variant}
              </Link>
            </span>
          ))}
          {params.q ? t("orFewerWords") : "."}
        </li>
        {hasPrice && (
          <li>
            <Link href={searchHref(params, { min: undefined, max: undefined })}>{t("widenPrice")}</Link>
          </li>
        )}
        {params.category && (
          <li>
            <Link
              href={searchHref(params, {
                category: undefined,
                model: undefined,
                era: undefined,
                condition: undefined,
              })}
            >
              {t("everyCategory")}
            </Link>
          </li>
        )}
        {otherFilters > 0 && (
          <li>
            <Link href={searchHref({ q: params.q })}>
              {t(params.q ? "clearFiltersKeepWords" : "clearFilters")}
            </Link>
          </li>
        )}
        {params.after && (
          <li>
            <Link href={searchHref(params)}>{t("backToFirst")}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}
