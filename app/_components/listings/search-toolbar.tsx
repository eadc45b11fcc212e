import { effectiveSort, listingSorts, type ListingSearchParams } from "@/lib/listings/search-params";
import type { ListingSearchResult } from "@/lib/listings/search";
import { searchFormId } from "./search-form";
import { sortLabels } from "./search-labels";
import styles from "./search.module.css";

export function resultCountText(total: ListingSearchResult["total"]): string {
  if (total.capped) return `${total.count.toLocaleString("en-US")}+ listings`;
  return `${total.count.toLocaleString("en-US")} ${total.count === 1 ? "listing" : "listings"}`;
}

/** Result count and the sort choice. The select belongs to the filter form (form attribute), so sorting keeps every filter. */
export function SearchToolbar({
  params,
  total,
}: {
  params: ListingSearchParams;
  total: ListingSearchResult["total"];
}) {
  const sort = effectiveSort(params);
  const sorts = listingSorts.filter((s) => s !== "relevance" || params.q);
  return (
    <div className={styles.toolbar}>
      <p className={styles.count} data-testid="result-count">
        {resultCountText(total)}
      </p>
      <div className={styles.sort}>
        <label htmlFor="filter-sort">Sort by</label>
        <select id="filter-sort" className="input" name="sort" form={searchFormId} defaultValue={sort}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {sortLabels[s]}
            </option>
          ))}
        </select>
        <button className="button button--small button--ghost" type="submit" form={searchFormId}>
          Sort
        </button>
      </div>
    </div>
  );
}
