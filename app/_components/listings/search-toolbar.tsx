import { useTranslations } from "next-intl";
import { effectiveSort, listingSorts, type ListingSearchParams } from "@/lib/listings/search-params";
import type { ListingSearchResult } from "@/lib/listings/search";
import { searchFormId } from "./search-form";
import styles from "./search.module.css";

/** "12 listings", "1,000+ listings", in the page's language. */
export function ResultCount({ total }: { total: ListingSearchResult["total"] }) {
  const t = useTranslations("Search");
  return t(total.capped ? "countCapped" : "count", { count: total.count });
}

/** Result count and the sort choice. The select belongs to the filter form (form attribute), so sorting keeps every filter. */
export function SearchToolbar({
  params,
  total,
}: {
  params: ListingSearchParams;
  total: ListingSearchResult["total"];
}) {
  const t = useTranslations("Search");
  const sort = effectiveSort(params);
  const sorts = listingSorts.filter((s) => s !== "relevance" || params.q);
  return (
    <div className={styles.toolbar}>
      <p className={styles.count} data-testid="result-count">
        <ResultCount total={total} />
      </p>
      <div className={styles.sort}>
        <label htmlFor="filter-sort">{t("sortBy")}</label>
        <select id="filter-sort" className="input" name="sort" form={searchFormId} defaultValue={sort}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {t(`sort_${s}`)}
            </option>
          ))}
        </select>
        <button className="button button--small button--ghost" type="submit" form={searchFormId}>
          {t("sort")}
        </button>
      </div>
    </div>
  );
}
