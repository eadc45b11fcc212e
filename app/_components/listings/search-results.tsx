import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilterChips } from "@/app/_components/listings/active-filter-chips";
import { ListingGrid } from "@/app/_components/listings/listing-card";
import { SearchEmptyState } from "@/app/_components/listings/search-empty-state";
import { SearchForm } from "@/app/_components/listings/search-form";
import { activeFilters } from "@/app/_components/listings/search-labels";
import { SearchPager } from "@/app/_components/listings/search-pager";
import { SearchToolbar } from "@/app/_components/listings/search-toolbar";
import { SaveSearchButton } from "@/app/_components/saved-searches/save-search-button";
import { categories, categoryLabels } from "@/lib/catalogue/vocabulary";
import { listSellerCountries } from "@/lib/listings/queries";
import { searchListingsCached, searchPopularListingsCached } from "@/lib/listings/search";
import {
  canonicalSearchHref,
  effectiveSort,
  searchHref,
  type ListingSearchParams,
} from "@/lib/listings/search-params";
import categoryNav from "@/app/_components/layout/category-nav.module.css";
import styles from "./search.module.css";

function searchHeading(params: ListingSearchParams): string {
  if (params.q) return `Results for “${params.q}”`;
  if (params.category) return categoryLabels[params.category];
  return "Everything for sale";
}

export function searchMetadata(params: ListingSearchParams): Metadata {
  // Later pages and narrow filter combinations are for people, not for search engines.
  const narrow = params.after !== undefined || activeFilters(params).length > 1;
  return {
    title: searchHeading(params),
    alternates: { canonical: canonicalSearchHref(params) },
    robots: narrow ? { index: false, follow: true } : undefined,
  };
}

/** One page of catalogue search results with its filters; rendered by /listings and by the cached browse route. */
/** `popular`: the cached page of a popular search (app/(catalogue)/listings/popular), tagged as browsing is. */
export async function SearchResults({ params, popular }: { params: ListingSearchParams; popular?: boolean }) {
  const [result, sellerCountries] = await Promise.all([
    popular ? searchPopularListingsCached(params) : searchListingsCached(params),
    listSellerCountries(),
  ]);
  const filters = activeFilters(params);
  const sort = effectiveSort(params);

  return (
    <>
      <h1>{searchHeading(params)}</h1>
      <nav aria-label="Categories to search" className={`${categoryNav.nav} ${styles.categories}`}>
        <ul>
          {[undefined, ...categories].map((category) => (
            <li key={category ?? "all"}>
              <Link
                href={searchHref(params, {
                  category,
                  model: undefined,
                  era: undefined,
                  condition: undefined,
                })}
                aria-current={params.category === category ? "page" : undefined}
              >
                {category ? categoryLabels[category] : "All"}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.layout}>
        <SearchForm params={params} sellerCountries={sellerCountries} activeCount={filters.length} />
        <section className="search-results" aria-label="Results">
          <SearchToolbar params={params} total={result.total} />
          <SaveSearchButton query={searchHref(params).split("?")[1] ?? ""} />
          {result.mendedQuery && (
            <p className={`alert alert--info ${styles.mended}`}>
              Did you mean{" "}
              <Link href={searchHref(params, { q: result.mendedQuery })}>
                <strong>{result.mendedQuery}</strong>
              </Link>
              ? Showing results for “{result.mendedQuery}” as well as what you typed.
            </p>
          )}
          <ActiveFilterChips params={params} filters={filters} />
          {sort === "best_deal" && (
            <p className={`field__hint ${styles.note}`}>
              Best deal puts the fixed prices furthest under their fair value first. Auctions, listings we
              have not valued yet and prices not in US dollars are left out of this order: sort by newest to
              see them.
            </p>
          )}
          {result.listings.length ? (
            <ListingGrid listings={result.listings} label="Listings found" />
          ) : (
            <SearchEmptyState params={params} filterCount={filters.length} />
          )}
          <SearchPager
            nextHref={result.nextCursor ? searchHref(params, { after: result.nextCursor }) : null}
            firstHref={params.after ? searchHref(params) : null}
          />
        </section>
      </div>
    </>
  );
}
