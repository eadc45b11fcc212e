import { Link } from "@/lib/i18n/navigation";
import { searchHref, type ListingSearchParams } from "@/lib/listings/search-params";
import type { ActiveFilter } from "./search-labels";
import { useTranslations } from "next-intl";
import styles from "./search.module.css";

/** Each filter in use as a link that removes it; taking away the category also drops its model, era and condition. */
export function ActiveFilterChips({
  params,
  filters,
}: {
  params: ListingSearchParams;
  filters: ActiveFilter[];
}) {
  const t = useTranslations("Search");
  if (!filters.length) return null;
  return (
    <div className={styles.chips}>
      <ul aria-label={t("filtersInUse")}>
        {filters.map((filter) => {
          const changes =
            filter.name === "category"
              ? { category: undefined, model: undefined, era: undefined, condition: undefined }
              : { [filter.name]: undefined };
          return (
            <li key={filter.name}>
              <Link
                className={styles.chip}
                href={searchHref(params, changes)}
                aria-label={t("removeFilter", { label: filter.label })}
              >
                {filter.label} <span aria-hidden="true">×</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {filters.length > 1 && <Link href={searchHref({ sort: params.sort })}>{t("clearAll")}</Link>}
    </div>
  );
}
