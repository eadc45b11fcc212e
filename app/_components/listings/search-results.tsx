import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ActiveFilterChips } from "@/app/_components/listings/active-filter-chips";
import { ListingGrid } from "@/app/_components/listings/listing-card";
import { SearchEmptyState } from "@/app/_components/listings/search-empty-state";
import { SearchForm } from "@/app/_components/listings/search-form";
import { activeFilters } from "@/app/_components/listings/search-labels";
import { SearchPager } from "@/app/_components/listings/search-pager";
import { SearchToolbar } from "@/app/_components/listings/search-toolbar";
import { SaveSearchButton } from "@/app/_components/saved-searches/save-search-button";
import { categories } from "@/lib/catalogue/vocabulary";
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

type Words = {
  search: Awaited<ReturnType<typeof getTranslations<"Search">>>;
  filter: Awaited<ReturnType<typeof getTranslations<"SearchFilter">>>;
  category: Awaited<ReturnType<typeof getTranslations<"Category">>>;
};

async function wordsIn(locale?: Locale): Promise<Words> {
  const [search, filter, category] = await Promise.all([
    locale ? getTranslations({ locale, namespace: "Search" }) : getTranslations("Search"),
    locale ? getTranslations({ locale, namespace: "SearchFilter" }) : getTranslations("SearchFilter"),
    locale ? getTranslations({ locale, namespace: "Category" }) : getTranslations("Category"),
  ]);
  return { search, filter, category };
}

function searchHeading(params: ListingSearchParams, { search: t, category }: Words): string {
  if (params.q) return t("resultsFor", { q: params.q });
  if (params.category) return category(params.category);
  return t("everything");
}

export async function searchMetadata(params: ListingSearchParams, locale: Locale): Promise<Metadata> {
  const words = await wordsIn(locale);
  // Later pages and narrow filter combinations are for people, not for search engines.
  const narrow = params.after !== undefined || activeFilters(params, words).length > 1;
  return {
    title: searchHeading(params, words),
    alternates: alternatesFor(locale, canonicalSearchHref(params)),
    robots: narrow ? { index: false, follow: true } : undefined,
  };
}

/** One page of catalogue search results with its filters; rendered by /listings and by the cached browse route. */
/** `popular`: the cached page of a popular search (app/[locale]/(catalogue)/listings/popular), tagged as browsing is. */
export async function SearchResults({ params, popular }: { params: ListingSearchParams; popular?: boolean }) {
  const [result, sellerCountries] = await Promise.all([
    popular ? searchPopularListingsCached(params) : searchListingsCached(params),
    listSellerCountries(),
  ]);
  const words = await wordsIn();
  const { search: t, category: categoryName } = words;
  const filters = activeFilters(params, words);
  const sort = effectiveSort(params);

  return (
    <>
      <h1>{searchHeading(params, words)}</h1>
      <nav aria-label={t("categoriesNav")} className={`${categoryNav.nav} ${styles.categories}`}>
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
                {category ? categoryName(category) : t("all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.layout}>
        <SearchForm params={params} sellerCountries={sellerCountries} activeCount={filters.length} />
        <section className="search-results" aria-label={t("results")}>
          <SearchToolbar params={params} total={result.total} />
          <SaveSearchButton query={searchHref(params).split("?")[1] ?? ""} />
          {result.mendedQuery && (
            <p className={`alert alert--info ${styles.mended}`}>
              {t.rich("didYouMean", {
                mended: result.mendedQuery,
                link: (chunks) => (
                  <Link href={searchHref(params, { q: result.mendedQuery! })}>
                    <strong>{chunks}</strong>
                  </Link>
                ),
              })}
            </p>
          )}
          <ActiveFilterChips params={params} filters={filters} />
          {sort === "best_deal" && <p className={`field__hint ${styles.note}`}>{t("bestDealNote")}</p>}
          {result.listings.length ? (
            <ListingGrid listings={result.listings} label={t("listingsFound")} />
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
